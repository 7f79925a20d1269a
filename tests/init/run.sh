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

# Folder names YAML would misread: the skeleton validates and keeps the name as the service id,
# quoted as needed; characters no id should carry (controls, bidi) become "-"; a name that is not
# UTF-8 is refused (no file in it could pass validate). Each name gets its own parent folder, since the paths of validate are patterns («[a]»).
i=0
check_name() {  # NAME EXPECTED-ID
  i=$((i + 1))
  mkdir -p "names/$i"
  if ! "$medvirk" init "names/$i/$1" --nivå kommune --målgrupper unge >/dev/null 2>err.txt; then
    echo "FAIL: init of a folder named «$1» failed: $(cat err.txt)"; fail=1; return
  fi
  if ! "$medvirk" validate "names/$i" >/dev/null 2>err.txt; then
    echo "FAIL: the skeleton in a folder named «$1» does not pass validate:"; cat err.txt; fail=1; return
  fi
  local got
  got=$("$medvirk" audit --as-of 2026-06-01 --format json "names/$i" 2>/dev/null |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["tjenester"][0]["id"], end="")' || true)
  [ "$got" = "$2" ] || { echo "FAIL: folder «$1»: service id «$got», expected «$2»"; fail=1; }
}
check_name "Bærum: psykisk helse" "Bærum: psykisk helse"
check_name "null" "null"
check_name "~" "~"
check_name "true" "true"
check_name "[a]" "[a]"
check_name "{a: b}" "{a: b}"
check_name "@x" "@x"
check_name "tjeneste #1" "tjeneste #1"
check_name "*alias" "*alias"
check_name "&anker" "&anker"
check_name "!tag" "!tag"
check_name "%x" "%x"
check_name "|" "|"
check_name "'sitat'" "'sitat'"
check_name 'a "b" \c' 'a "b" \c'
check_name "- x" "- x"
check_name "? x" "? x"
check_name "2026" "2026"
check_name "a, b" "a, b"
check_name "phr-test" "phr-test"
check_name $'r\e[31md\u202eny' "r-[31md-ny"
check_name "  " "ny-tjeneste"
set +e
"$medvirk" init $'names/gammel\xe6' --nivå kommune --målgrupper unge >out.txt 2>err.txt
rc=$?
set -e
[ $rc -eq 2 ] && [ "$(cat err.txt)" = 'medvirk: feil: mappenavnet names/gammel\xe6 er ikke gyldig UTF-8; velg et annet navn' ] &&
  [ ! -e $'names/gammel\xe6' ] || { echo "FAIL: a folder name in Latin-1: exit $rc, $(cat err.txt)"; fail=1; }
grep -qx 'id: phr-test' "names/20/phr-test/tjeneste.yaml" || { echo "FAIL: a plain name is quoted needlessly"; fail=1; }
exit $fail
