#!/usr/bin/env bash
# The published JSON Schema and the loader agree:
#  1. schema/medvirk-rutinesett.schema.json is exactly what `medvirk schema` generates;
#  2. ajv-cli (npm) accepts every document of every example and rule fixture;
#  3. ajv-cli rejects every loader-error fixture (tests/e2e/cases/loader-*), except those whose
#     error spans documents (duplicate ids, grouping), which a per-document schema cannot see;
#     such cases carry a file `schema-accepts` saying why.
#  4. every JSON report validates against schema/medvirk-rapport.schema.json;
#  5. schema/medvirk-regelpakke.schema.json is what `medvirk rules docs` generates from the check
#     kinds' declarations; ajv accepts every rule pack in rules/ and examples/, and rejects the
#     rule-pack error fixtures (tests/e2e/cases/rulepack-*) and bad checks written here.
set -euo pipefail
medvirk=$1
here=$(cd "$(dirname "$0")" && pwd)
schema=schema/medvirk-rutinesett.schema.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

if ! diff -u "$schema" <("$medvirk" schema) >"$tmp/schema.diff"; then
  echo "FAIL: $schema is stale; regenerate it with: medvirk schema > $schema"
  head -40 "$tmp/schema.diff"
  fail=1
fi

if [ ! -x "$here/node_modules/.bin/ajv" ]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
ajv=("$here/node_modules/.bin/ajv" validate --spec=draft2020 --strict=false
     -c "$here/node_modules/ajv-formats" -s "$PWD/$schema")

# Validates the given YAML files; prints "valid|invalid<TAB>yaml-file" per document.
validate() {
  local out="$tmp/json-$RANDOM"
  node "$here/split.mjs" "$out" "$@" >"$out.map"
  grep -P '^PARSE-ERROR\t' "$out.map" | awk -F'\t' '{print "invalid\t" $2}' || true
  grep -vP '^PARSE-ERROR\t' "$out.map" >"$out.docs" || true
  [ -s "$out.docs" ] || return 0
  # One ajv run for all documents; it prints "<file> valid" or "<file> invalid" for each.
  "${ajv[@]}" -d "$out/*.json" --errors=line >"$out.log" 2>&1 || true
  while IFS=$'\t' read -r json yaml index; do
    if grep -qF "$json valid" "$out.log"; then
      echo -e "valid\t$yaml"
    else
      echo -e "invalid\t$yaml"
    fi
  done <"$out.docs"
}

# examples/ci holds CI recipes, not routine sets; examples/lokal-regelpakke-baerum holds a local rule
# pack, and routines tagged with that pack's coverage tags (tests/local-pack checks it).
mapfile -t good < <(find examples tests/rules \( -path examples/ci -o -path examples/lokal-regelpakke-baerum \) -prune -o \( -name '*.yaml' -o -name '*.yml' \) -print | sort)
while IFS=$'\t' read -r verdict file; do
  if [ "$verdict" != valid ]; then echo "FAIL: the schema rejects $file, which the loader accepts"; fail=1; fi
done < <(validate "${good[@]}")
echo "schema: checked ${#good[@]} accepted files"

checked=0
for case in tests/e2e/cases/loader-*/; do
  [ -d "$case" ] || continue
  mapfile -t files < <(find "$case" -name '*.yaml' -o -name '*.yml' | sort)
  [ ${#files[@]} -gt 0 ] || continue
  checked=$((checked + 1))
  if [ -f "$case/schema-accepts" ]; then continue; fi
  if ! validate "${files[@]}" | grep '^invalid' >/dev/null; then
    echo "FAIL: the schema accepts $case, which the loader rejects"
    fail=1
  fi
done
echo "schema: checked $checked rejected fixtures"

# 4. Every JSON report validates against schema/medvirk-rapport.schema.json, and a broken one does not.
report_schema="$PWD/schema/medvirk-rapport.schema.json"
reports="$tmp/reports"
mkdir -p "$reports/bad"
for e in examples/*/; do
  [ -f "$e/tjeneste.yaml" ] || continue
  "$medvirk" audit --as-of 2026-11-23 --format "json=$reports/$(basename "$e").json" "$e" >/dev/null || [ $? -eq 1 ]
done
# The injection fixture of the HTML test, and a hand-made report with a coverage view (CHIME).
"$medvirk" audit --as-of 2026-11-23 --format "json=$reports/injection.json" tests/html/injection >/dev/null || [ $? -eq 1 ]
cp tests/e2e/cases/report-coverage-views/rapport.json "$reports/coverage-views.json"
# Tagging suggestions (audit --suggest-tags) with the test pack, whose words carry indicator terms.
MEDVIRK_TEST_ONLY_GIVEN_PACKS=1 "$medvirk" audit --as-of 2026-11-23 --suggest-tags --rules tests/e2e/pack \
  --format "json=$reports/suggestions.json" tests/e2e/suggest >/dev/null || [ $? -eq 1 ]
grep -q '"dekningsforslag"' "$reports/suggestions.json" || { echo "FAIL: no «dekningsforslag» in the report of audit --suggest-tags"; fail=1; }
"$medvirk" baseline create "$tmp/baseline.json" --as-of 2026-11-23 examples/bup >/dev/null
"$medvirk" audit --as-of 2026-11-23 --baseline "$tmp/baseline.json" --format "json=$reports/with-baseline.json" examples/bup >/dev/null || true
node -e '
  const fs = require("fs");
  const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  delete r.tjenester[0].resultater[0].fingeravtrykk;
  r.tjenester[0].resultater[1].grad = "kanskje";
  fs.writeFileSync(process.argv[2], JSON.stringify(r));' "$reports/bup.json" "$reports/bad/bup.json"
report_ajv=("$here/node_modules/.bin/ajv" validate --spec=draft2020 --strict=false -c "$here/node_modules/ajv-formats" -s "$report_schema")
if ! "${report_ajv[@]}" -d "$reports/*.json" >"$tmp/reports.log" 2>&1; then
  echo "FAIL: a JSON report does not validate against $report_schema"
  cat "$tmp/reports.log"
  fail=1
fi
if "${report_ajv[@]}" -d "$reports/bad/bup.json" >/dev/null 2>&1; then
  echo "FAIL: the report schema accepts a report without fingerprints and with an unknown grade"
  fail=1
fi
echo "schema: checked $(ls "$reports"/*.json | wc -l) JSON reports"

# 5. The rule-pack schema.
pack_schema=schema/medvirk-regelpakke.schema.json
"$medvirk" rules docs "$tmp/regelpakke.schema.json" >/dev/null
if ! diff -u "$pack_schema" "$tmp/regelpakke.schema.json" >"$tmp/pack-schema.diff"; then
  echo "FAIL: $pack_schema is stale; regenerate it with: medvirk rules docs $pack_schema"
  head -40 "$tmp/pack-schema.diff"
  fail=1
fi
ajv=("$here/node_modules/.bin/ajv" validate --spec=draft2020 --strict=false -s "$PWD/$pack_schema")
mapfile -t packs < <(find rules examples/lokal-regelpakke-baerum/regler \( -name '*.yaml' -o -name '*.yml' \) | sort)
while IFS=$'\t' read -r verdict file; do
  if [ "$verdict" != valid ]; then echo "FAIL: the rule-pack schema rejects $file, which the loader accepts"; fail=1; fi
done < <(validate "${packs[@]}")
echo "schema: checked ${#packs[@]} rule-pack files"
# Bad packs: the loader's error fixtures, except those whose error is a reference between files
# or rules (a duplicate id, an unknown coverage tag), which a per-file schema cannot see.
bad="$tmp/bad-packs"
mkdir -p "$bad"
for case in tests/e2e/cases/rulepack-*/; do
  case "$case" in *rulepack-duplicate-id/|*rulepack-unknown-tag/) continue ;; esac
  cp "$case/pakke/lokal.yaml" "$bad/$(basename "$case").yaml"
done
# A pack with one rule whose check is each of these; the loader rejects every one of them too.
n=0
while IFS= read -r check; do
  n=$((n + 1))
  mkdir -p "$tmp/check-$n"
  cat >"$tmp/check-$n/lokal.yaml" <<PACK
pakke: {id: lokal, versjon: "1", tittel: {nb: T, en: T}}
kilder: [{id: k, tittel: K}]
råd: [{id: L1, nivå: system, tittel: Råd, styrke: bør}]
vokabular: [{tag: t1, nb: x, en: x}]
regler:
  - id: L-1
    tittel: {nb: T, en: T}
    råd: L1
    sitat: Q
    kilde: k
    styrke: bør
    melding: {nb: M, en: M}
    tiltak: {nb: R, en: R}
    sjekk: $check
PACK
  if "$medvirk" rules list --rules "$tmp/check-$n" >/dev/null 2>&1; then
    echo "FAIL: the loader accepts the check $check"
    fail=1
  fi
  cp "$tmp/check-$n/lokal.yaml" "$bad/check-$n.yaml"
done <<'CHECKS'
{finnes: {felt: a, type: brukerråd}}
{finnes: {felt: a, hvor: {x: y}}}
{finnes: {felt: a, min: 1}}
{antall: {felt: a}}
{antall: {type: ukjent, min: 1}}
{dekket: {}}
{dato: {felt: a, krav: snart}}
{verdi: {felt: a}}
{verdi: {felt: a, er: [x, y]}}
{kjent_regel: {felt: "a b"}}
{alle: []}
{ikke: [{finnes: {felt: a}}]}
{finnes: {felt: a}, dekket: {tag: t1}}
CHECKS
# The same pack with a good check passes both.
sed 's|^    sjekk: .*|    sjekk: {finnes: {felt: a}}|' "$tmp/check-1/lokal.yaml" >"$tmp/check-1/good.yaml"
rm "$tmp/check-1/lokal.yaml"
"$medvirk" rules list --rules "$tmp/check-1" >/dev/null || { echo "FAIL: the loader rejects the good pack"; fail=1; }
validate "$tmp/check-1/good.yaml" | grep -q '^valid' || { echo "FAIL: the rule-pack schema rejects the good pack"; fail=1; }
rejected=0
while IFS=$'\t' read -r verdict file; do
  if [ "$verdict" = valid ]; then echo "FAIL: the rule-pack schema accepts $file, which the loader rejects"; fail=1; fi
  rejected=$((rejected + 1))
done < <(validate "$bad"/*.yaml)
echo "schema: the rule-pack schema rejects $rejected bad packs"
exit $fail
