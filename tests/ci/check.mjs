// Checks the reports one medvirk command line of a recipe wrote, for a routine folder with findings.
// Prints "ok MESSAGE" or "FAIL MESSAGE" per check.
//
// Usage: node check.mjs STDOUT-FILE FOLDER KIND=FILE|KIND=- ...   (run in the recipe's directory)
//   KIND: sarif, junit, markdown, github, text, json, validate; FILE "-" means standard output.
import fs from 'node:fs';
import { XMLValidator, XMLParser } from 'fast-xml-parser';

const [stdoutFile, folder, ...specs] = process.argv.slice(2);
const prefix = folder.replace(/\/+$/, '') + '/';
const report = (ok, message) => console.log(`${ok ? 'ok' : 'FAIL'} ${message}`);
const first = (text) => JSON.stringify(text.split('\n')[0].slice(0, 80));

const checks = {
  sarif(text, name) {
    let sarif;
    try {
      sarif = JSON.parse(text);
    } catch (e) {
      return report(false, `${name} is not JSON (${e.message}); it begins ${first(text)}`);
    }
    report(true, `${name} parses as JSON`);
    report(sarif.version === '2.1.0', `${name} has SARIF version 2.1.0 (got ${JSON.stringify(sarif.version)})`);
    const runs = Array.isArray(sarif.runs) ? sarif.runs : [];
    const results = runs.flatMap((r) => (Array.isArray(r.results) ? r.results : []));
    report(results.length > 0, `${name} has results for the findings (${results.length})`);
    // Code scanning places an alert by a URI relative to the repository root.
    const uris = results.flatMap((r) => (r.locations ?? []).map((l) => l.physicalLocation?.artifactLocation?.uri));
    const bad = uris.filter((u) => typeof u !== 'string' || !u.startsWith(prefix));
    report(uris.length > 0 && bad.length === 0,
      `${name}: every result's location is a path under ${prefix}` + (bad.length ? ` (not: ${JSON.stringify(bad[0])})` : ''));
  },
  junit(text, name) {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      return report(false, `${name} is not well-formed XML (${valid.err?.msg}); it begins ${first(text)}`);
    }
    report(true, `${name} parses as XML`);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    const root = Object.keys(doc).find((k) => !k.startsWith('?'));
    report(root === 'testsuites' || root === 'testsuite', `${name} has a <testsuites> or <testsuite> root (got <${root}>)`);
    report(/<(failure|error)[\s>/]/.test(text), `${name} reports the findings as <failure> or <error>`);
  },
  markdown(text, name) {
    report(/^#{1,6} \S/m.test(text), `${name} has a Markdown heading; it begins ${first(text)}`);
  },
  github(text, name) {
    const lines = text.split('\n').filter((l) => /^::(error|warning|notice)[ :]/.test(l));
    report(lines.some((l) => l.startsWith('::error ')), `${name} has ::error annotations for the avvik (${lines.length} annotations)`);
    const bad = lines.filter((l) => !new RegExp(`^::\\w+ file=${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(l));
    report(lines.length > 0 && bad.length === 0, `${name}: every annotation names a file under ${prefix}` + (bad.length ? ` (not: ${first(bad[0])})` : ''));
  },
  text(text, name) {
    report(/ avvik \[[A-Z0-9-]+\] /.test(text), `${name} lists the avvik`);
  },
  json(text, name) {
    try {
      report(JSON.parse(text).rapportformat === 'medvirk-rapport', `${name} is a medvirk JSON report`);
    } catch (e) {
      report(false, `${name} is not JSON (${e.message})`);
    }
  },
  validate(text, name) {
    report(/^ok: /m.test(text), `${name} says ok`);
  },
};

for (const spec of specs) {
  const eq = spec.indexOf('=');
  const kind = spec.slice(0, eq);
  const file = spec.slice(eq + 1);
  const name = file === '-' ? `${kind} on standard output` : `${kind} report ${file}`;
  const path = file === '-' ? stdoutFile : file;
  if (!fs.existsSync(path)) {
    report(false, `${name} was not written`);
    continue;
  }
  const text = fs.readFileSync(path, 'utf8');
  report(text.trim().length > 0, `${name} is not empty`);
  if (!text.trim()) continue;
  if (checks[kind]) checks[kind](text, name);
  else report(false, `${name}: no check for the format «${kind}»`);
}
