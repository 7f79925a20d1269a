// Parses medvirk's JUnit XML report with junit2json (a real JUnit consumer, built on xml2js/sax)
// and checks it against the JSON report of the same audit. sax is lenient about some errors (a raw
// "<" in an attribute value), so saxes, a conformant XML 1.0 parser, checks well-formedness first.
//
//   node check.mjs counts REPORT.xml REPORT.json
//       suites = advice items with rules (catalogue order), tests = (rule, service) pairs,
//       failures = pairs with an avvik/merknad/feil result not in the baseline,
//       skipped = pairs whose results are all ikke_relevant or fravik; the same per suite, per test
//       case and on the root; errors and time are 0. Prints "suites tests failures skipped".
//   node check.mjs skipped-message REPORT.xml RULE-ID EXPECTED-SUBSTRING-FILE
//       the test case of RULE-ID is skipped and its message contains the text in the file, verbatim
//       (escaping round trip).
import { readFileSync } from 'node:fs';
import { parse } from 'junit2json';
import saxes from 'saxes';

const problems = [];
const fail = (msg) => problems.push(msg);

async function load(xmlFile) {
  const xml = readFileSync(xmlFile, 'utf8');
  const strict = new saxes.SaxesParser({ xmlns: false });
  const errors = [];
  strict.on('error', (e) => errors.push(e.message));
  strict.write(xml).close();
  if (errors.length) {
    console.error(`FAIL: ${xmlFile}: not well-formed XML 1.0:\n  ${errors.slice(0, 5).join('\n  ')}`);
    process.exit(1);
  }
  let root;
  try {
    root = await parse(xml);
  } catch (e) {
    console.error(`FAIL: ${xmlFile}: junit2json cannot parse it: ${e.message}`);
    process.exit(1);
  }
  if (!root || !Array.isArray(root.testsuite) || root.name !== 'medvirk') {
    console.error(`FAIL: ${xmlFile}: no <testsuites name="medvirk"> root with <testsuite> children`);
    process.exit(1);
  }
  return root;
}

const ruleOf = (tc) => String(tc.name).split(' – ')[0];
const failingGrades = new Set(['avvik', 'merknad', 'feil']);
const severity = ['avvik', 'feil', 'merknad'];

async function counts(xmlFile, jsonFile) {
  const root = await load(xmlFile);
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));

  // Expected, from the JSON report: advice items with rules, in catalogue order, and every pair.
  const advice = [];
  const pairs = new Map();  // "service.advice" -> Map(rule -> results)
  for (const s of report.tjenester) {
    for (const a of s['råd']) if (!advice.includes(a.id)) advice.push(a.id);
    for (const r of s.resultater) {
      const key = `${s.id}.${r['råd']}`;
      if (!pairs.has(key)) pairs.set(key, new Map());
      const rules = pairs.get(key);
      if (!rules.has(r.regel)) rules.set(r.regel, []);
      rules.get(r.regel).push(r);
    }
  }
  const expect = (results) => {
    const failing = results.filter((r) => failingGrades.has(r.grad) && !r.i_grunnlinje);
    if (failing.length) return { kind: 'failure', type: severity.find((g) => failing.some((r) => r.grad === g)) };
    if (results.every((r) => r.grad === 'ikke_relevant' || r.grad === 'fravik')) return { kind: 'skipped' };
    return { kind: 'passed' };
  };

  const attrsOk = (what, node, tests, failures, skipped) => {
    for (const [k, v] of Object.entries({ tests, failures, errors: 0, skipped, time: 0 }))
      if (node[k] !== v) fail(`${what}: ${k}="${node[k]}", expected ${v}`);
  };

  const suites = root.testsuite;
  const names = suites.map((s) => String(s.name).split(' – ')[0]);
  if (names.join(' ') !== advice.join(' '))
    fail(`suites are [${names.join(' ')}], expected the advice items with rules [${advice.join(' ')}]`);

  let total = { tests: 0, failures: 0, skipped: 0 };
  const seen = new Set();
  for (const suite of suites) {
    const id = String(suite.name).split(' – ')[0];
    const cases = suite.testcase ?? [];
    let n = { tests: 0, failures: 0, skipped: 0 };
    let previous = null;
    for (const tc of cases) {
      const rule = ruleOf(tc);
      const where = `${xmlFile}: suite ${id}: test case ${tc.classname} ${rule}`;
      const service = String(tc.classname).slice(0, -(id.length + 1));
      if (!String(tc.classname).endsWith(`.${id}`)) fail(`${where}: classname does not end in .${id}`);
      const order = [service, rule];
      if (previous && (order[0] < previous[0] || (order[0] === previous[0] && order[1] <= previous[1])))
        fail(`${where}: not in order (by service, then rule id)`);
      previous = order;
      const key = `${tc.classname}|${rule}`;
      if (seen.has(key)) fail(`${where}: appears twice`);
      seen.add(key);
      const results = pairs.get(tc.classname)?.get(rule);
      if (!results) {
        fail(`${where}: no such (rule, service) pair in the JSON report`);
        continue;
      }
      const want = expect(results);
      const got = tc.failure ? 'failure' : tc.skipped ? 'skipped' : 'passed';
      if (got !== want.kind) fail(`${where}: is ${got}, expected ${want.kind} (grades: ${results.map((r) => r.grad).join(', ')})`);
      if (tc.error) fail(`${where}: has an <error>`);
      if (tc.failure && tc.skipped) fail(`${where}: both failed and skipped`);
      if ((tc.failure?.length ?? 0) > 1 || (tc.skipped?.length ?? 0) > 1) fail(`${where}: more than one <failure> or <skipped>`);
      if (tc.failure && tc.failure[0].type !== want.type) fail(`${where}: failure type ${tc.failure[0].type}, expected ${want.type}`);
      if (tc.failure && !tc.failure[0].message) fail(`${where}: failure without a message`);
      if (tc.skipped && !tc.skipped[0].message) fail(`${where}: skipped without a message`);
      const quiet = results.filter((r) => r.grad === 'forbedringspunkt' || (failingGrades.has(r.grad) && r.i_grunnlinje));
      if (quiet.length && !(tc['system-out'] ?? []).join('').includes(quiet[0].fil))
        fail(`${where}: its suggestions or baselined findings are not in <system-out>`);
      n.tests++;
      if (got === 'failure') n.failures++;
      if (got === 'skipped') n.skipped++;
    }
    attrsOk(`${xmlFile}: suite ${id}`, suite, n.tests, n.failures, n.skipped);
    for (const k of Object.keys(total)) total[k] += n[k];
  }
  attrsOk(`${xmlFile}: <testsuites>`, root, total.tests, total.failures, total.skipped);

  // Every pair of the JSON report is a test case, and the counts agree with the JSON alone.
  let want = { tests: 0, failures: 0, skipped: 0 };
  for (const [classname, rules] of pairs) {
    for (const [rule, results] of rules) {
      if (!seen.has(`${classname}|${rule}`)) fail(`${xmlFile}: no test case for ${classname} ${rule}`);
      const e = expect(results);
      want.tests++;
      if (e.kind === 'failure') want.failures++;
      if (e.kind === 'skipped') want.skipped++;
    }
  }
  for (const k of Object.keys(want))
    if (total[k] !== want[k]) fail(`${xmlFile}: ${k} ${total[k]}, but the JSON report gives ${want[k]}`);

  return `${suites.length} ${total.tests} ${total.failures} ${total.skipped}`;
}

async function skippedMessage(xmlFile, ruleId, expectedFile) {
  const root = await load(xmlFile);
  const expected = readFileSync(expectedFile, 'utf8');
  const tc = root.testsuite.flatMap((s) => s.testcase ?? []).find((t) => ruleOf(t) === ruleId);
  if (!tc) return fail(`${xmlFile}: no test case for ${ruleId}`);
  const message = tc.skipped?.[0]?.message;
  if (typeof message !== 'string') return fail(`${xmlFile}: ${ruleId} is not skipped with a message`);
  if (!message.includes(expected))
    fail(`${xmlFile}: ${ruleId}: the skipped message does not carry the text verbatim\n  expected to contain: ${JSON.stringify(expected)}\n  message: ${JSON.stringify(message)}`);
}

const [mode, ...args] = process.argv.slice(2);
let out = '';
if (mode === 'counts') out = await counts(...args);
else if (mode === 'skipped-message') await skippedMessage(...args);
else {
  console.error('usage: check.mjs counts XML JSON | skipped-message XML RULE FILE');
  process.exit(2);
}
if (problems.length) {
  for (const p of problems.slice(0, 40)) console.error(`FAIL: ${p}`);
  if (problems.length > 40) console.error(`FAIL: … and ${problems.length - 40} more`);
  process.exit(1);
}
if (out) console.log(out);
