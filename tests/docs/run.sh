#!/usr/bin/env bash
# The committed rule pages in docs/rules are what `medvirk rules docs` generates from the rules.
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
