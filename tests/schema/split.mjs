// Splits YAML files into one JSON file per document, the way an editor's YAML language server
// sees them (YAML 1.2 core schema: dates stay strings). Prints "json-file<TAB>yaml-file<TAB>index"
// per document, or "PARSE-ERROR<TAB>yaml-file<TAB>message" when js-yaml rejects the file.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

function noSharedNodes(node, seen) {
  if (node === null || typeof node !== "object") return;
  if (seen.has(node)) throw new Error("aliases (shared or cyclic nodes) are not expanded by the schema check");
  seen.add(node);
  for (const v of Object.values(node)) noSharedNodes(v, seen);
}

const [outDir, ...files] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
let n = 0;
for (const file of files) {
  let docs;
  try {
    // Invalid UTF-8 is an error here too, not silently replaced.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(file));
    docs = yaml.loadAll(text, null, { schema: yaml.CORE_SCHEMA, json: false });
    // Aliases make js-yaml share (or cycle through) objects; an editor's schema check cannot
    // expand them safely either, so such files count as rejected.
    docs.forEach((d) => noSharedNodes(d, new Set()));
  } catch (e) {
    console.log(`PARSE-ERROR\t${file}\t${String(e.message).split("\n")[0]}`);
    continue;
  }
  docs.forEach((doc, i) => {
    if (doc === null || doc === undefined) return;
    const out = path.join(outDir, `${String(++n).padStart(5, "0")}.json`);
    fs.writeFileSync(out, JSON.stringify(doc));
    console.log(`${out}\t${file}\t${i}`);
  });
}
