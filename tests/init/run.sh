#!/usr/bin/env bash
# `medvirk init` writes a skeleton that passes `validate`, whose audit lists what is still to be
# written (compared with tests/init/expected-audit.txt; UPDATE_GOLDEN=1 refreshes it), and that
# never overwrites an existing file without --force.
set -euo pipefail
medvirk=$1
golden=$PWD/tests/init/expected-audit.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0

"$medvirk" init phr-test --nivå kommune --målgrupper unge,voksne >/dev/null
"$medvirk" validate phr-test >/dev/null || { echo "FAIL: the skeleton does not pass validate"; fail=1; }
set +e
"$medvirk" audit --as-of 2026-06-01 --all phr-test >audit.txt
rc=$?
set -e
[ $rc -eq 1 ] || { echo "FAIL: audit of the skeleton exited $rc, expected 1"; fail=1; }
if grep -q ': oppfylt \[DOK-' audit.txt; then echo "FAIL: the skeleton claims document control"; fail=1; fi
if [ -n "${UPDATE_GOLDEN:-}" ]; then
  cp audit.txt "$golden"
elif ! diff -u "$golden" audit.txt; then
  echo "FAIL: the skeleton's audit differs from tests/init/expected-audit.txt"
  fail=1
fi

before=$(cat phr-test/*.yaml | sha256sum)
set +e
"$medvirk" init phr-test --nivå kommune --målgrupper unge,voksne >out.txt 2>err.txt
rc=$?
set -e
[ $rc -eq 2 ] || { echo "FAIL: init over an existing skeleton exited $rc, expected 2"; fail=1; }
grep -q "bruk --force" err.txt || { echo "FAIL: no hint about --force"; cat err.txt; fail=1; }
[ "$before" = "$(cat phr-test/*.yaml | sha256sum)" ] || { echo "FAIL: files changed without --force"; fail=1; }
echo "changed" >> phr-test/tjeneste.yaml
"$medvirk" init phr-test --nivå kommune --målgrupper unge,voksne --force >/dev/null
grep -q changed phr-test/tjeneste.yaml && { echo "FAIL: --force did not overwrite"; fail=1; }
exit $fail
