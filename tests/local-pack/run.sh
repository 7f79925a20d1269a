#!/usr/bin/env bash
# The local rule pack example works from a municipality's own repository, as docs/local-rules.md says:
#  1. examples/lokal-regelpakke-baerum is copied to a folder outside this repository;
#  2. every command in the ```console blocks of docs/local-rules.md and docs/en/local-rules.md
#     (lines starting with "$ ") is run there, in order, with `medvirk` on PATH, and must print exactly
#     the lines the page shows under it (standard output and standard error together);
#  3. the documented audit prints exactly the committed forventet.txt;
#  4. the pack's quotes stand verbatim in the source texts (../shared/tools/check-quotes), when present.
set -euo pipefail
medvirk=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$PWD
example=examples/lokal-regelpakke-baerum
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"
ln -s "$medvirk" "$tmp/bin/medvirk"
fail=0

# A fresh copy of the example, outside the repository.
fresh() {
  rm -rf "$tmp/kommune"
  cp -r "$root/$example" "$tmp/kommune"
}

for page in docs/local-rules.md docs/en/local-rules.md; do
  fresh
  if ! python3 - "$root/$page" "$tmp/kommune" "$tmp/bin" <<'PY'
import os, subprocess, sys
page, cwd, bindir = sys.argv[1:4]
env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"], NO_COLOR="1")
steps, block, cur = [], False, None
for line in open(page, encoding="utf-8").read().split("\n"):
    if line.startswith("```"):
        block = line.strip() == "```console"
        cur = None
        continue
    if not block:
        continue
    if line.startswith("$ "):
        cur = [line[2:], []]
        steps.append(cur)
    elif cur is not None:
        cur[1].append(line)
if not steps:
    sys.exit(f"FAIL: {page}: no commands in console blocks")
bad = 0
for cmd, want in steps:
    got = subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True).stdout.rstrip("\n").split("\n")
    want = "\n".join(want).rstrip("\n").split("\n")
    if got != want:
        bad += 1
        print(f"FAIL: {os.path.relpath(page)}: $ {cmd}")
        import difflib
        for d in difflib.unified_diff(want, got, "documented", "printed", lineterm="", n=1):
            print("   ", d)
print(f"{os.path.relpath(page)}: {len(steps) - bad} of {len(steps)} documented commands print what the page shows")
sys.exit(1 if bad else 0)
PY
  then fail=1; fi
done

# The documented audit and the committed expected report.
fresh
(cd "$tmp/kommune" && PATH="$tmp/bin:$PATH" NO_COLOR=1 \
  medvirk audit --as-of 2026-11-23 --profil recovery rutiner/ --rules regler/ >"$tmp/rapport.txt") || true
if diff -u "$root/$example/forventet.txt" "$tmp/rapport.txt" >"$tmp/rapport.diff"; then
  echo "forventet.txt: the audit from outside the repository prints the committed report"
else
  echo "FAIL: the audit differs from $example/forventet.txt (regenerate it as docs/local-rules.md shows):"
  head -40 "$tmp/rapport.diff"
  fail=1
fi

# The quotes of the local pack.
tool=$root/../shared/tools/check-quotes
if [ -f "$tool" ]; then
  if ! (cd "$tmp/kommune" && "$medvirk" rules list --format json --rules regler/ | python3 "$tool" >"$tmp/quotes.txt"); then
    echo "FAIL: quotes in $example/regler:"; cat "$tmp/quotes.txt"; fail=1
  else
    echo "quotes: $(tail -1 "$tmp/quotes.txt")"
  fi
fi
exit $fail
