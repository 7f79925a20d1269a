#!/usr/bin/env bash
# `audit --format sarif` writes SARIF 2.1.0 that the SARIF Multitool (npm @microsoft/sarif-multitool)
# validates with zero errors and zero warnings:
#  1. every example routine set under examples/ (each folder on its own);
#  2. one example with --lang en;
#  3. a run with a baseline applied (baseline create on one example, then audit --baseline on it
#     and another example, so there are both "unchanged" and "new" results).
# Each SARIF log must also hold exactly the reported results of the JSON report (findings and
# documented deviations), every reference in it must resolve (rules to their advice taxa, results
# to their rules and files), and the baseline run must have a baselineState on every result.
# Usage (from the repository root): tests/sarif/run.sh path/to/medvirk
set -euo pipefail
medvirk=$1
here=$(cd "$(dirname "$0")" && pwd)
as_of=2026-11-23
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

multitool="$here/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -f "$multitool" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# npm 11 does not run the platform package's postinstall script, which makes the binary executable.
chmod u+x "$multitool"

# Prints "<errors> <warnings>" of a Multitool validation log and lists each of them on stderr.
count() {
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    let errors = 0, warnings = 0;
    for (const run of log.runs || []) {
      const rules = new Map(((run.tool && run.tool.driver && run.tool.driver.rules) || []).map(r => [r.id, r]));
      for (const r of run.results || []) {
        const level = r.level || "warning";  // SARIF: a result without a level is a warning
        if (level !== "error" && level !== "warning") continue;
        level === "error" ? errors++ : warnings++;
        const m = r.message || {};
        const rule = rules.get(r.ruleId);
        let text = m.text || (rule && rule.messageStrings && rule.messageStrings[m.id] && rule.messageStrings[m.id].text) || m.id || "";
        (m.arguments || []).forEach((a, i) => { text = text.split("{" + i + "}").join(a); });
        const region = (((r.locations || [])[0] || {}).physicalLocation || {}).region || {};
        console.error(`  ${level} ${r.ruleId}${region.startLine ? ` (line ${region.startLine})` : ""}: ${text}`);
      }
    }
    console.log(`${errors} ${warnings}`);
  ' "$1"
}

# Prints "<results> <expected> <problems> <baseline states>": the number of results in a SARIF log,
# of reported results in the JSON report, of references that do not resolve (listed on stderr; the
# Multitool checks ruleIndex and artifact indexes, but not rule relationships to taxa), and the
# results per baselineState.
compare() {
  node -e '
    const fs = require("fs");
    const sarif = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const report = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
    const run = sarif.runs[0];
    const reported = new Set(["avvik", "merknad", "forbedringspunkt", "feil", "fravik", "forbehold"]);
    let expected = 0;
    for (const s of report.tjenester) for (const r of s.resultater) expected += reported.has(r.grad);
    let problems = 0;
    const problem = (msg) => { problems++; console.error("  " + msg); };
    const taxonomies = run.taxonomies || [];
    const taxonomy = (ref, where) => {
      const t = taxonomies.find((x) => x.guid === ref.guid);
      if (!t || t.name !== ref.name) problem(`${where}: no taxonomy ${ref.name} ${ref.guid} in run.taxonomies`);
      return t;
    };
    const driver = run.tool.driver;
    for (const ref of driver.supportedTaxonomies || []) taxonomy(ref, "supportedTaxonomies");
    for (const rule of driver.rules) {
      if (!(rule.relationships || []).length) problem(`rule ${rule.id}: no relationship to its advice item`);
      for (const rel of rule.relationships || []) {
        const t = taxonomy(rel.target.toolComponent, `rule ${rule.id}`);
        const taxon = t && t.taxa[rel.target.index];
        if (t && (!taxon || taxon.id !== rel.target.id))
          problem(`rule ${rule.id}: taxon ${rel.target.id} is not at index ${rel.target.index} of ${t.name}`);
      }
    }
    const states = {};
    for (const r of run.results) {
      if (driver.rules[r.ruleIndex]?.id !== r.ruleId) problem(`result ${r.ruleId}: ruleIndex ${r.ruleIndex} is another rule`);
      const loc = r.locations?.[0]?.physicalLocation?.artifactLocation;
      if (loc && loc.index !== undefined && run.artifacts[loc.index]?.location?.uri !== loc.uri)
        problem(`result ${r.ruleId}: artifact index ${loc.index} is not ${loc.uri}`);
      states[r.baselineState || "none"] = (states[r.baselineState || "none"] || 0) + 1;
    }
    const s = Object.entries(states).map(([k, v]) => k + "=" + v).join(",");
    console.log(`${run.results.length} ${expected} ${problems} ${s || "none=0"}`);
  ' "$1" "$2"
}

# check NAME ARGS...: audits with ARGS into SARIF and JSON, validates, compares.
check() {
  local name=$1
  shift
  local sarif="$tmp/$name.sarif" report="$tmp/$name.json" status=0
  "$medvirk" audit --as-of "$as_of" --format "sarif=$sarif" --format "json=$report" "$@" >/dev/null || status=$?
  if [ "$status" -gt 1 ] || [ ! -s "$sarif" ]; then
    echo "FAIL: $name: medvirk audit $* exited with $status"
    fail=1
    return
  fi
  local validation="$tmp/$name.validation.sarif"
  if ! "$multitool" validate "$sarif" -o "$validation" --log ForceOverwrite --level "Error;Warning" >"$tmp/$name.multitool.log" 2>&1 ||
     [ ! -s "$validation" ]; then
    echo "FAIL: $name: the SARIF Multitool did not run"
    cat "$tmp/$name.multitool.log"
    fail=1
    return
  fi
  local errors warnings
  read -r errors warnings < <(count "$validation") || true
  local results expected problems states
  read -r results expected problems states < <(compare "$sarif" "$report") || true
  echo "sarif: $name: $errors error(s), $warnings warning(s); $results result(s)$([ "${BASELINE:-}" = 1 ] && echo " ($states)")"
  if [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
    echo "FAIL: $name: the SARIF Multitool reports $errors error(s) and $warnings warning(s) (listed above)"
    fail=1
  fi
  if [ "$problems" != 0 ]; then
    echo "FAIL: $name: $problems reference(s) in the SARIF log do not resolve (listed above)"
    fail=1
  fi
  if [ "$results" != "$expected" ]; then
    echo "FAIL: $name: $results SARIF results, but the JSON report has $expected reported results"
    fail=1
  fi
  if [ "${BASELINE:-}" = 1 ] && { [[ "$states" == *none=* ]] || [[ "$states" != *unchanged=* ]] || [[ "$states" != *new=* ]]; }; then
    echo "FAIL: $name: expected baselineState unchanged and new on every result, got: $states"
    fail=1
  fi
}

# Example routine sets: folders under examples/ with a service document (`type: tjeneste`).
examples=()
repos=()
for dir in examples/*/; do
  dir=${dir%/}
  if [ -d "$dir/regler" ] && [ -d "$dir/rutiner" ]; then
    repos+=("$dir")
  elif grep -rlqsE '^type:[[:space:]]*tjeneste[[:space:]]*$' --include='*.yaml' --include='*.yml' "$dir"; then
    examples+=("$dir")
  fi
done
if [ ${#examples[@]} -eq 0 ]; then
  echo "FAIL: no example routine sets under examples/"
  exit 1
fi

for dir in "${examples[@]}"; do check "$(basename "$dir")" "$dir"; done
# A municipality repository (examples/lokal-regelpakke-baerum): the routine set in rutiner/, with the
# repository's own rule pack in regler/.
for dir in "${repos[@]}"; do check "$(basename "$dir")" "$dir/rutiner" --rules "$dir/regler"; done
check "$(basename "${examples[0]}")-en" --lang en "${examples[0]}"

# Baseline: the first example's findings are known; a second example's are new.
base="$tmp/grunnlinje.json"  # not baseline.json: the check named baseline writes its JSON report there
"$medvirk" baseline create --as-of "$as_of" "$base" "${examples[0]}" >/dev/null
BASELINE=1 check baseline --baseline "$base" "${examples[0]}" "${examples[${#examples[@]}-1]}"

exit $fail
