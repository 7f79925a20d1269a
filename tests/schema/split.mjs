// Splits YAML files into one JSON file per document, the way an editor's YAML language server
// sees them (YAML 1.2 core schema: dates stay strings). Prints "json-file<TAB>yaml-file<TAB>index"
// per document, or "PARSE-ERROR<TAB>yaml-file<TAB>message" when js-yaml rejects the file.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

const [outDir, ...files] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
let n = 0;
for (const file of files) {
  let docs;
  try {
    docs = yaml.loadAll(fs.readFileSync(file, "utf8"), null, { schema: yaml.CORE_SCHEMA, json: false });
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
