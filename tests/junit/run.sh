#!/usr/bin/env bash
# The JUnit XML report (`audit --format junit`) is read correctly by a real consumer:
#  1. for every example (in nb and en), and for all of them in one audit, junit2json (npm) parses the report, and its suites, test
#     cases, failures and skipped tests agree with the JSON report of the same run (check.mjs);
#  2. the same with a --baseline holding every finding: baselined findings are not failures;
#  3. text with XML-special and XML-forbidden characters (from a deviation's justification) comes
#     through escaping and parsing verbatim, less the characters XML 1.0 cannot carry;
#  4. when xmllint is installed, it finds every report well-formed too.
# Usage: run.sh path/to/medvirk   (from the repository root; ctest does both)
set -euo pipefail
medvirk=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
as_of=2026-11-23

if [ ! -d "$here/node_modules/junit2json" ]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

# Runs one audit writing both reports; exit status 0 (clean) or 1 (findings) is expected.
audit() {
  local out=$1
  shift
  local status=0
  "$medvirk" audit --as-of "$as_of" --format "junit=$out.xml" --format "json=$out.json" "$@" >/dev/null 2>"$out.err" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "FAIL: medvirk audit $* exited with $status:"
    cat "$out.err"
    return 1
  fi
  if command -v xmllint >/dev/null && ! xmllint --noout "$out.xml" 2>"$out.lint"; then
    echo "FAIL: xmllint: the JUnit report of $* is not well-formed:"
    head -20 "$out.lint"
    return 1
  fi
}

checked=0
sets=()
for dir in examples/*/; do
  example=$(basename "$dir")
  # Only routine sets: a folder of other material (such as CI configuration) has no service.
  if ! grep -rqsE '^type:[[:space:]]*tjeneste[[:space:]]*$' --include='*.yaml' --include='*.yml' "$dir"; then
    echo "junit: $example: no «type: tjeneste» document, not a routine set; not checked"
    continue
  fi
  # A municipality repository (examples/lokal-regelpakke-baerum): the routine set in rutiner/, audited
  # with the repository's own rule pack in regler/; it is left out of the audit of all examples.
  target=("$dir")
  if [ -d "$dir/regler" ] && [ -d "$dir/rutiner" ]; then
    target=("${dir}rutiner" --rules "${dir}regler")
  else
    sets+=("$dir")
  fi
  for lang in nb en; do
    out="$tmp/$example-$lang"
    if ! audit "$out" --lang "$lang" "${target[@]}"; then fail=1; continue; fi
    if counts=$(node "$here/check.mjs" counts "$out.xml" "$out.json"); then
      read -r suites tests failures skipped <<<"$counts"
      [ "$lang" = nb ] && echo "junit: $example: $suites suites, $tests tests, $failures failures, $skipped skipped"
      checked=$((checked + 1))
    else
      echo "FAIL: junit: $example ($lang): the JUnit report disagrees with the JSON report (see above)"
      fail=1
    fi
  done
done
# All examples in one audit: several services, test cases ordered by service, then rule.
if [ ${#sets[@]} -gt 1 ]; then
  if audit "$tmp/all" "${sets[@]}" && counts=$(node "$here/check.mjs" counts "$tmp/all.xml" "$tmp/all.json"); then
    read -r suites tests failures skipped <<<"$counts"
    echo "junit: all ${#sets[@]} examples in one audit: $suites suites, $tests tests, $failures failures, $skipped skipped"
    checked=$((checked + 1))
  else
    echo "FAIL: junit: all examples in one audit: the JUnit report disagrees with the JSON report (see above)"
    fail=1
  fi
fi
if [ "$checked" -eq 0 ]; then
  echo "FAIL: junit: no example checked"
  fail=1
fi

# With a baseline of every current finding, nothing fails; the counts still agree with the JSON.
example=examples/kommune-med-mangler
if "$medvirk" baseline create --as-of "$as_of" "$tmp/baseline.json" "$example" >/dev/null 2>"$tmp/baseline.err" &&
   audit "$tmp/baselined" --baseline "$tmp/baseline.json" "$example" &&
   counts=$(node "$here/check.mjs" counts "$tmp/baselined.xml" "$tmp/baselined.json"); then
  read -r suites tests failures skipped <<<"$counts"
  if [ "$failures" -ne 0 ]; then
    echo "FAIL: junit: $example with a baseline of every finding still has $failures failures"
    fail=1
  else
    echo "junit: $example with a full baseline: $tests tests, 0 failures, $skipped skipped"
  fi
else
  echo "FAIL: junit: $example with a baseline (see above)"
  cat "$tmp/baseline.err"
  fail=1
fi

# Escaping round trip: a deviation justification with markup, quotes, a CDATA end, a comment end,
# tab, CR LF, an emoji and characters XML 1.0 forbids (U+0001, U+001F, U+FFFE: dropped).
example=examples/kommune-oppfyller-nesten-alt
rule=S1-MANDAT-MAKSTID
cp -r "$example" "$tmp/escape"
special='Tags <b>&amp; \"sitat\" '"'"'apostrof'"'"' ]]> --> a\ttab\r\nny linje 🙂 slutt'
forbidden='\x01\x1f\ufffe'
# What a reader must get back: the YAML escapes resolved, the forbidden characters gone.
printf 'Tags <b>&amp; "sitat" '"'"'apostrof'"'"' ]]> --> a\ttab\r\nny linje 🙂 slutt' >"$tmp/escape.expected"
write_justification() {
  node -e '
    const fs = require("fs");
    const [file, text] = process.argv.slice(1);
    const yaml = fs.readFileSync(file, "utf8");
    const out = yaml.replace(/^    begrunnelse: >-\n(?:      .*\n)+/m, () => `    begrunnelse: "${text}"\n`);
    if (out === yaml) { console.error("FAIL: junit: no begrunnelse to replace in " + file); process.exit(1); }
    fs.writeFileSync(file, out);
  ' "$tmp/escape/fravik.yaml" "$1"
}
cp "$example/fravik.yaml" "$tmp/escape.orig"
write_justification "$special$forbidden"
status=0
"$medvirk" audit --as-of "$as_of" --format "junit=$tmp/esc.xml" "$tmp/escape" >/dev/null 2>"$tmp/esc.err" || status=$?
if [ "$status" -gt 1 ]; then
  # The loader may refuse control characters; the escaper still gets the rest.
  cp "$tmp/escape.orig" "$tmp/escape/fravik.yaml"
  write_justification "$special"
  status=0
  "$medvirk" audit --as-of "$as_of" --format "junit=$tmp/esc.xml" "$tmp/escape" >/dev/null 2>"$tmp/esc.err" || status=$?
fi
if [ "$status" -gt 1 ]; then
  echo "FAIL: junit: the escaping fixture does not load:"
  cat "$tmp/esc.err"
  fail=1
elif command -v xmllint >/dev/null && ! xmllint --noout "$tmp/esc.xml"; then
  echo "FAIL: junit: xmllint finds the escaping fixture's report malformed"
  fail=1
elif node "$here/check.mjs" skipped-message "$tmp/esc.xml" "$rule" "$tmp/escape.expected"; then
  echo "junit: escaping round trip ok"
else
  fail=1
fi

if [ "$fail" -eq 0 ]; then echo "junit: $checked reports checked, all agree"; fi
exit $fail
