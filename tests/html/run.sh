#!/usr/bin/env bash
# The HTML report in a real browser (Debian's Chromium, driven by playwright-core from npm; no
# browser is ever downloaded). For two examples (one with a documented deviation, one also in
# English) and an injection fixture (tests/html/injection), with the report rendered both by
# `audit --format html` and by `medvirk report` from the saved JSON report (the two must be
# byte-identical):
#  - check.mjs opens the file:// URL and asserts the headings, the status of every advice item,
#    the finding counts, the coverage rows and the deviation register against the JSON report;
#    that no injected markup became elements and no script ran (document.title unchanged); that
#    the page made no request besides the file itself and logged no error; that the page does not
#    scroll sideways at 200 % zoom; it keeps a screenshot and a PDF (at least one page per advice
#    item) in OUTDIR;
#  - `chromium --headless --dump-dom` once, without playwright.
# Usage (from the repository root): tests/html/run.sh path/to/medvirk OUTDIR
set -euo pipefail
medvirk=$1
out=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
as_of=2026-11-23
chromium=/usr/bin/chromium
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
out=$(cd "$out" && pwd)
fail=0

if [ ! -x "$chromium" ]; then
  echo "FAIL: $chromium is missing; install it with «make deps-test» (Debian package chromium)"
  exit 1
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# Renders NAME from a routine set: audit → JSON + HTML, and `medvirk report` from the JSON.
render() {
  local name=$1 lang=$2; shift 2
  "$medvirk" audit --as-of "$as_of" --lang "$lang" --format "json=$out/$name.json" --format "html=$out/$name.html" \
    --format "text=$tmp/$name.txt" "$@" || [ $? -eq 1 ]
  "$medvirk" report --lang "$lang" "$out/$name.json" -o "$tmp/$name-report.html"
  if ! cmp -s "$out/$name.html" "$tmp/$name-report.html"; then
    echo "FAIL: $name: «audit --format html» and «report» from the saved JSON report differ"
    diff "$out/$name.html" "$tmp/$name-report.html" | head -20
    fail=1
  fi
  if grep -qiE '<script|<img|<iframe|<svg on| on[a-z]+="|href="javascript:' "$out/$name.html"; then
    echo "FAIL: $name: markup from the input reaches the HTML unescaped:"
    grep -noiE '<script|<img|<iframe|<svg on| on[a-z]+="|href="javascript:' "$out/$name.html" | head -5
    fail=1
  fi
}

render kommune-med-mangler nb examples/kommune-med-mangler
render kommune-oppfyller-nesten-alt nb examples/kommune-oppfyller-nesten-alt
render kommune-oppfyller-nesten-alt-en en examples/kommune-oppfyller-nesten-alt
render region nb tests/e2e/cases/region-two-services
render injection nb tests/html/injection

# The HTML must not depend on anything but the JSON: rendered twice, it is the same.
"$medvirk" report "$out/injection.json" >"$tmp/again.html"
cmp -s "$tmp/again.html" "$out/injection.html" || { echo "FAIL: report to standard output differs from the file"; fail=1; }

node "$here/check.mjs" "$out" \
  "kommune-med-mangler=$out/kommune-med-mangler.html,$out/kommune-med-mangler.json,nb" \
  "kommune-oppfyller-nesten-alt=$out/kommune-oppfyller-nesten-alt.html,$out/kommune-oppfyller-nesten-alt.json,nb" \
  "kommune-oppfyller-nesten-alt-en=$out/kommune-oppfyller-nesten-alt-en.html,$out/kommune-oppfyller-nesten-alt-en.json,en" \
  "region=$out/region.html,$out/region.json,nb" \
  "injection=$out/injection.html,$out/injection.json,nb,injection" || fail=1

# Chromium's own command line, without playwright: the DOM has the report's heading and counts.
"$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir="$tmp/profile" \
  --dump-dom "file://$out/kommune-med-mangler.html" >"$tmp/dom.html" 2>"$tmp/chromium.log" || true
avvik=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).tjenester[0].antall.avvik)' \
  "$out/kommune-med-mangler.json")
if ! grep -q '<h1>Revisjon av bruker- og pårørendemedvirkning</h1>' "$tmp/dom.html" ||
   ! grep -q "data-antall=\"avvik\">$avvik</span>" "$tmp/dom.html"; then
  echo "FAIL: chromium --dump-dom lacks the heading or the avvik count ($avvik)"
  head -c 600 "$tmp/dom.html"; tail -5 "$tmp/chromium.log"
  fail=1
fi

[ $fail -eq 0 ] && echo "html: 5 reports rendered in $("$chromium" --version 2>/dev/null | head -1); screenshots and PDFs in $out"
exit $fail
