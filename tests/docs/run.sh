#!/usr/bin/env bash
# The generated docs are what `medvirk rules docs` generates from the code:
#  1. the rule pages in docs/rules, from the rules;
#  2. the check-kind tables in docs/rules.md and docs/en/rules.md, from the check kinds'
#     declarations (src/checks), between «<!-- medvirk rules docs: … -->» markers.
set -euo pipefail
medvirk=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$medvirk" rules docs "$tmp/rules" >/dev/null
if ! diff -ru docs/rules "$tmp/rules"; then
  echo "FAIL: docs/rules is stale; regenerate it with: medvirk rules docs docs/rules"
  exit 1
fi
echo "docs/rules: $(ls "$tmp/rules" | wc -l) pages up to date"
for page in docs/rules.md docs/en/rules.md; do
  copy="$tmp/$(echo "$page" | tr / _)"
  cp "$page" "$copy"
  "$medvirk" rules docs "$copy" >/dev/null
  if ! diff -u "$page" "$copy"; then
    echo "FAIL: the generated sections of $page are stale; regenerate them with: medvirk rules docs $page"
    exit 1
  fi
  grep -q '^<!-- medvirk rules docs: check-kinds ' "$page" || { echo "FAIL: $page has no check-kind table"; exit 1; }
done
echo "docs/rules.md, docs/en/rules.md: check-kind tables up to date"
