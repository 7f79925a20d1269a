#!/usr/bin/env bash
# The CI and pre-commit recipes run as written: takes the medvirk command lines from
# examples/ci/github-actions.yml, examples/ci/gitlab-ci.yml and the hooks of .pre-commit-hooks.yaml
# (recipes.mjs, with js-yaml from npm), puts the binary for `medvirk` and examples/kommune-med-mangler
# for the routine folder ($MEDVIRK_RUTINER; `rutiner/` in the hooks' args), runs each recipe's
# command lines in a temporary directory holding a copy of that folder and checks:
#   - the exit status the recipe expects (the folder has avvik: 1 with --fail-on avvik);
#   - every report file a command line names, and every file a later step uses (the SARIF upload,
#     the GitLab artefacts), exists and is not empty;
#   - SARIF is JSON with version 2.1.0, JUnit is well-formed XML, Markdown has a heading, the
#     GitHub annotations and SARIF locations name files under the routine folder (check.mjs);
#   - the recipes' own shape: upload-sarif with if: always(), security-events: write, artefacts
#     when: always, hooks with language: system and pass_filenames: false.
# When pre-commit is installed, it also validates the manifest and runs the hooks for real in a
# scratch repository configured as docs/ci.md says.
# Usage: tests/ci/run.sh BINARY   (from the repository root)
set -euo pipefail
medvirk=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
folder=examples/kommune-med-mangler
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

if [ ! -d "$here/node_modules/js-yaml" ] || [ ! -d "$here/node_modules/fast-xml-parser" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

node "$here/recipes.mjs" "$medvirk" "$folder" >"$tmp/plan.tsv"

n=0
dir=
while IFS=$'\t' read -r what a b c; do
  case $what in
    recipe)
      n=$((n + 1))
      dir=$tmp/recipe-$n
      mkdir -p "$dir/$(dirname "$folder")"
      cp -r "$folder" "$dir/$folder"
      echo "== $a"
      ;;
    cmd)
      # a: expected exit status, b: checks, c: the command line as the recipe runs it
      echo "\$ $c"
      set +e
      (cd "$dir" && bash -eo pipefail -c "$c") >"$tmp/stdout" 2>"$tmp/stderr"
      rc=$?
      set -e
      if [ "$rc" -eq "$a" ]; then
        pass "exit status $rc"
      else
        fail "exit status $rc, expected $a"
        head -5 "$tmp/stderr"
      fi
      if [ "$b" != - ]; then
        IFS=, read -r -a specs <<<"$b"
        while read -r verdict message; do
          if [ "$verdict" = ok ]; then pass "$message"; else fail "$message"; fi
        done < <(cd "$dir" && node "$here/check.mjs" "$tmp/stdout" "$folder" "${specs[@]}")
      fi
      ;;
    file)
      if [ -s "$dir/$a" ]; then pass "$a, used by a later step, exists and is not empty"; else fail "$a, used by a later step, is missing or empty"; fi
      ;;
    section) echo "== $a" ;;
    ok) pass "$a" ;;
    fail) fail "$a" ;;
  esac
done <"$tmp/plan.tsv"

# The hooks through pre-commit itself, when it is installed (Debian: apt-get install pre-commit).
if command -v pre-commit >/dev/null 2>&1; then
  echo "== pre-commit $(pre-commit --version | awk '{print $2}')"
  failed_before=$failed
  unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE   # when run from inside a git hook
  if pre-commit validate-manifest .pre-commit-hooks.yaml >"$tmp/pc.log" 2>&1; then
    pass "pre-commit validate-manifest accepts .pre-commit-hooks.yaml"
  else
    fail "pre-commit validate-manifest rejects .pre-commit-hooks.yaml"; cat "$tmp/pc.log"
  fi
  git=(git -c user.name=medvirk-test -c user.email=medvirk-test@example.invalid -c commit.gpgsign=false
       -c init.defaultBranch=main)
  mkdir -p "$tmp/pc/bin" "$tmp/pc/hooks" "$tmp/pc/team/$(dirname "$folder")"
  ln -s "$medvirk" "$tmp/pc/bin/medvirk"
  cp .pre-commit-hooks.yaml "$tmp/pc/hooks/"
  (cd "$tmp/pc/hooks" && "${git[@]}" init -q && "${git[@]}" add . && "${git[@]}" commit -qm hooks)
  rev=$(git -C "$tmp/pc/hooks" rev-parse HEAD)
  cp -r "$folder" "$tmp/pc/team/$folder"
  cat >"$tmp/pc/team/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $tmp/pc/hooks
    rev: $rev
    hooks:
      - id: medvirk-validate
        args: [$folder/]
      - id: medvirk-audit
        args: [$folder/]
EOF
  (cd "$tmp/pc/team" && "${git[@]}" init -q && "${git[@]}" add -A)
  set +e
  (cd "$tmp/pc/team" && PATH=$tmp/pc/bin:$PATH PRE_COMMIT_HOME=$tmp/pc/cache pre-commit run --all-files --color never) \
    >"$tmp/pc.log" 2>&1
  rc=$?
  set -e
  if [ $rc -eq 1 ]; then pass "pre-commit run exits 1 (the audit finds avvik)"; else fail "pre-commit run exited $rc, expected 1"; fi
  if grep -qE '^medvirk validate.*Passed$' "$tmp/pc.log"; then pass "pre-commit: medvirk-validate passed"; else fail "pre-commit: medvirk-validate did not pass"; fi
  if grep -qE '^medvirk audit.*Failed$' "$tmp/pc.log"; then pass "pre-commit: medvirk-audit failed on the avvik"; else fail "pre-commit: medvirk-audit did not fail"; fi
  [ $failed -eq "$failed_before" ] || head -20 "$tmp/pc.log"
else
  echo "== pre-commit is not installed: validate-manifest and the real hook run are skipped"
fi

echo "ci_recipes: $passed passed, $failed failed"
[ $failed -eq 0 ]
