// Reads the CI recipes and the pre-commit hook manifest and prints what tests/ci/run.sh runs:
//
//   recipe <TAB> NAME                       a new recipe: a fresh working directory
//   section <TAB> NAME                      a heading for the checks that follow
//   cmd    <TAB> EXIT <TAB> CHECKS <TAB> SH   a medvirk command line, as a shell command with the
//                                           binary and the routine folder substituted; EXIT is the
//                                           expected exit status, CHECKS what to check of its output
//                                           (KIND=FILE for a report file, KIND=- for stdout)
//   file   <TAB> PATH                       a file a later step of the recipe uses (upload, artefact)
//   ok     <TAB> MESSAGE                    a check on the recipe itself that held
//   fail   <TAB> MESSAGE                    one that did not
//
// Usage: node recipes.mjs BINARY FOLDER   (run from the repository root)
import fs from 'node:fs';
import yaml from 'js-yaml';

const [binary, folder] = process.argv.slice(2);
if (!binary || !folder) {
  console.error('usage: node recipes.mjs BINARY FOLDER');
  process.exit(2);
}

// The routine-folder variable every recipe uses, and its default (the hooks' default argument).
const VAR = 'MEDVIRK_RUTINER';
const GITHUB = 'examples/ci/github-actions.yml';
const GITLAB = 'examples/ci/gitlab-ci.yml';
const HOOKS = '.pre-commit-hooks.yaml';

const out = [];
const emit = (...fields) => out.push(fields.join('\t'));
const check = (cond, message) => emit(cond ? 'ok' : 'fail', message);

const load = (file) => {
  try {
    return yaml.load(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    emit('fail', `${file} does not parse as YAML: ${String(e.message).split('\n')[0]}`);
    return null;
  }
};

// Single-quotes a word for the shell.
const shq = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

// Splits a simple shell command line into words (quotes removed; no expansion).
const words = (line) => {
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  const res = [];
  let m;
  while ((m = re.exec(line))) res.push(m[1] ?? m[2] ?? m[3]);
  return res;
};

// The logical lines of a shell script: continuation lines joined, comments and blanks dropped.
const logicalLines = (script) =>
  String(script)
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

const varRefs = [
  new RegExp(`"\\$\\{\\{\\s*env\\.${VAR}\\s*\\}\\}"`, 'g'),
  new RegExp(`\\$\\{\\{\\s*env\\.${VAR}\\s*\\}\\}`, 'g'),
  new RegExp(`"\\$\\{?${VAR}\\}?"`, 'g'),
  new RegExp(`\\$\\{?${VAR}\\}?(?![A-Za-z0-9_])`, 'g'),
];

// What medvirk is expected to do with the routine folder examples/kommune-med-mangler, which has
// findings of every grade: the exit status and the outputs to check.
const expectations = (argv) => {
  const sub = argv[1];
  if (sub === 'audit') {
    let failOn = 'avvik';
    const checks = [];
    for (let i = 2; i < argv.length; i++) {
      const a = argv[i];
      const value = a.includes('=') && a.startsWith('--') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
      if (a === '--fail-on' || a.startsWith('--fail-on=')) failOn = value;
      if (a === '--format' || a.startsWith('--format=')) {
        const eq = value.indexOf('=');
        checks.push(eq < 0 ? `${value}=-` : `${value.slice(0, eq)}=${value.slice(eq + 1)}`);
      }
      if (!a.includes('=') && ['--fail-on', '--format', '--baseline', '--as-of', '--lang', '--rules', '--color'].includes(a)) i++;
    }
    if (!checks.some((c) => c.endsWith('=-'))) checks.push('text=-');
    return { exit: failOn === 'aldri' ? 0 : 1, checks };
  }
  if (sub === 'validate') return { exit: 0, checks: ['validate=-'] };
  return { exit: 0, checks: [] };
};

// Emits the medvirk command lines of one recipe's shell scripts, then the files its later steps use.
const emitCommands = (recipe, scripts, files) => {
  let audits = 0;
  for (const script of scripts) {
    for (const line of logicalLines(script)) {
      const argv = words(line);
      if (argv[0] !== 'medvirk') continue;
      let cmd = line;
      const usesVar = varRefs.some((re) => (re.lastIndex = 0, re.test(cmd)));
      for (const re of varRefs) cmd = cmd.replace(re, shq(folder));
      cmd = cmd.replace(/^medvirk(?=\s|$)/, shq(binary));
      if (['audit', 'validate', 'baseline'].includes(argv[1])) {
        check(usesVar, `${recipe}: «${line}» takes the routine folder from $${VAR}`);
      }
      check(!/\$/.test(cmd.replace(/'[^']*'/g, '')), `${recipe}: «${line}» uses no other variable`);
      if (argv[1] === 'audit') audits++;
      const e = expectations(argv);
      emit('cmd', e.exit, e.checks.join(',') || '-', cmd);
    }
  }
  check(audits > 0, `${recipe}: has a medvirk audit command line`);
  for (const f of new Set(files)) emit('file', f);
};

// ---- GitHub Actions ------------------------------------------------------------------------------
const gh = load(GITHUB);
const defaults = {};
if (gh) {
  emit('recipe', GITHUB);
  defaults.github = gh.env?.[VAR];
  const jobs = Object.values(gh.jobs ?? {});
  const scripts = [];
  const files = [];
  let uploads = 0;
  for (const job of jobs) {
    defaults.github ??= job.env?.[VAR];
    for (const step of job.steps ?? []) {
      if (typeof step.run === 'string') scripts.push(step.run);
      if (typeof step.uses === 'string' && step.uses.startsWith('github/codeql-action/upload-sarif@')) {
        uploads++;
        check(typeof step.with?.sarif_file === 'string', `${GITHUB}: upload-sarif names its sarif_file`);
        if (step.with?.sarif_file) files.push(step.with.sarif_file);
        check(String(step.if ?? '').includes('always()'), `${GITHUB}: upload-sarif runs if: always()`);
      }
    }
    const perms = { ...(gh.permissions ?? {}), ...(job.permissions ?? {}) };
    check(perms['security-events'] === 'write', `${GITHUB}: permissions security-events: write`);
  }
  check(uploads > 0, `${GITHUB}: uploads the SARIF with github/codeql-action/upload-sarif`);
  check(typeof defaults.github === 'string', `${GITHUB}: declares ${VAR} in env`);
  emitCommands(GITHUB, scripts, files);
}

// ---- GitLab CI -----------------------------------------------------------------------------------
const gl = load(GITLAB);
if (gl) {
  emit('recipe', GITLAB);
  const reserved = new Set(['variables', 'stages', 'default', 'include', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script']);
  const asList = (v) => (v == null ? [] : Array.isArray(v) ? v.flat(Infinity) : [v]);
  defaults.gitlab = gl.variables?.[VAR];
  const scripts = [...asList(gl.default?.before_script), ...asList(gl.before_script)];
  const files = [];
  let jobs = 0;
  for (const [name, job] of Object.entries(gl)) {
    if (reserved.has(name) || name.startsWith('.') || !job || typeof job !== 'object' || !job.script) continue;
    jobs++;
    defaults.gitlab ??= job.variables?.[VAR];
    scripts.push(...asList(job.before_script), ...asList(job.script), ...asList(job.after_script));
    const art = job.artifacts ?? {};
    check(art.when === 'always', `${GITLAB}: job ${name} keeps its artefacts when: always`);
    const junit = asList(art.reports?.junit);
    check(junit.length > 0, `${GITLAB}: job ${name} has artifacts: reports: junit`);
    files.push(...junit, ...asList(art.paths));
  }
  check(jobs > 0, `${GITLAB}: has a job with a script`);
  check(typeof defaults.gitlab === 'string', `${GITLAB}: declares ${VAR} in variables`);
  emitCommands(GITLAB, scripts, files);
}

// ---- pre-commit hooks ----------------------------------------------------------------------------
emit('section', HOOKS);
const folderDefault = defaults.github ?? defaults.gitlab ?? 'rutiner/';
check(defaults.github === defaults.gitlab, `the CI recipes agree on the default ${VAR} (${defaults.github} / ${defaults.gitlab})`);
const hooks = load(HOOKS);
if (hooks) {
  check(Array.isArray(hooks), `${HOOKS}: is a list of hooks`);
  const ids = (Array.isArray(hooks) ? hooks : []).map((h) => h.id);
  for (const id of ['medvirk-validate', 'medvirk-audit']) check(ids.includes(id), `${HOOKS}: has hook ${id}`);
  for (const hook of Array.isArray(hooks) ? hooks : []) {
    const where = `${HOOKS}: ${hook.id}`;
    emit('recipe', `${HOOKS}#${hook.id}`);
    for (const key of ['id', 'name', 'entry', 'language']) check(typeof hook[key] === 'string', `${where}: has ${key}`);
    check(hook.language === 'system', `${where}: language: system`);
    check(hook.pass_filenames === false, `${where}: pass_filenames: false`);
    let re = null;
    try {
      re = new RegExp(hook.files ?? '');
    } catch (e) {
      emit('fail', `${where}: files is not a regular expression: ${e.message}`);
    }
    if (re) {
      check(hook.files && ['rutiner/tjeneste.yaml', 'rutiner/a/b.yml'].every((f) => re.test(f)) &&
        !['README.md', 'rutiner/notat.txt', 'x.yaml.bak'].some((f) => re.test(f)),
        `${where}: files matches .yaml and .yml files only`);
    }
    const args = Array.isArray(hook.args) ? hook.args.map(String) : [];
    check(args.includes(folderDefault), `${where}: args give the routine folder (${folderDefault})`);
    // pre-commit runs entry (split into words) followed by args, without a shell.
    const argv = [...words(hook.entry ?? ''), ...args.map((a) => (a === folderDefault ? folder : a))];
    check(argv[0] === 'medvirk', `${where}: entry runs medvirk`);
    if (argv[0] !== 'medvirk') continue;
    const e = expectations(argv);
    emit('cmd', e.exit, e.checks.join(',') || '-', [binary, ...argv.slice(1)].map(shq).join(' '));
  }
}

console.log(out.join('\n'));
