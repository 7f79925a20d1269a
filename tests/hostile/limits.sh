#!/usr/bin/env bash
# Resources and limits (issue 13, items 9–13): a thread limit, endless devices and pipes, nested
# anchors, the HTML report of many documents, reports of a large corpus. Each check prints one
# line, «ok», «skip» or «FAIL» with details; the last line counts them, and the exit status is 1
# when any check failed.
#
# Usage (ctest does this), from the repository root:
#   bash tests/hostile/limits.sh path/to/medvirk [path/to/medvirk-corpus]
set -uo pipefail

medvirk=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
corpus_tool=${2:-$(dirname "$medvirk")/bench/medvirk-corpus}
[ -e "$corpus_tool" ] && corpus_tool=$(cd "$(dirname "$corpus_tool")" && pwd)/$(basename "$corpus_tool")
root=$PWD
tmp=$(mktemp -d)
chmod 755 "$tmp"   # the unprivileged user of the thread-limit check must reach its files
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
as_of=2026-11-23
asan=
if grep -qa __asan_init "$medvirk"; then asan=1; fi
passed=0
failed=0
skipped=0

ok() { echo "ok   $1"; passed=$((passed + 1)); }
skip() { echo "skip $1"; skipped=$((skipped + 1)); }
fail() {
  echo "FAIL $1"
  shift
  local detail
  for detail in "$@"; do [ -n "$detail" ] && printf '%s\n' "$detail" | sed 's/^/     /'; done
  failed=$((failed + 1))
}
show() { head -c "${2:-600}" "$1" | sed 's/^/  | /'; }

# run NAME CMD...: runs CMD (with a 120 s guard against hangs); stdout, stderr and status land in
# $tmp/NAME.out, $tmp/NAME.err and $st.
run() {
  local name=$1
  shift
  (timeout "${guard:-120}" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; exit $?) 2>/dev/null
  st=$?
}

# expect LABEL NAME STATUS STDERR: the run NAME exited STATUS and wrote exactly STDERR on stderr.
expect() {
  local label=$1 name=$2 status=$3 want=$4
  if [ "$st" = "$status" ] && [ "$(cat "$tmp/$name.err")" = "$want" ]; then
    ok "$label"
  else
    fail "$label" "exit $st (expected $status)" "stderr:" "$(show "$tmp/$name.err")" \
      "expected stderr:" "$(printf '%s\n' "$want" | sed 's/^/  | /')"
  fi
}

cd "$tmp"
cp -r "$root/examples/kommune-med-mangler" set
chmod -R a+rX set
"$medvirk" audit --as-of $as_of --jobs 1 --format json=want.json set >want.txt 2>&1
want_st=$?
chmod a+r want.json

# ---------------------------------------------------------------------------------------------------
# 9. A process/thread limit: fewer threads, down to one; the output is that of --jobs 1.

# Simulated (documented test hook): no thread may start beyond the first extra one, or none.
for n in 0 1; do
  run sim$n env MEDVIRK_TEST_MAX_THREADS=$n "$medvirk" audit --as-of $as_of --jobs 8 --format json=sim$n.json set
  if [ "$st" = "$want_st" ] && cmp -s sim$n.json want.json; then
    ok "thread limit (simulated, $n extra thread(s)): --jobs 8 gives the report of --jobs 1, exit $st"
  else
    fail "thread limit (simulated, $n extra thread(s)): --jobs 8 gives the report of --jobs 1" "exit $st (expected $want_st)" \
      "$(show sim$n.err)"
  fi
done

# A real limit: RLIMIT_NPROC 1 for an unprivileged user, so no thread can start at all (root is
# exempt from the limit, so a root run drops to nobody with setpriv first).
as_user=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    as_user=(none)
  fi
fi
if [ "${as_user[0]:-}" = none ] || ! command -v prlimit >/dev/null; then
  skip "thread limit (RLIMIT_NPROC): needs prlimit, and setpriv when run as root"
elif [ -n "$(ps -o pid= -u 65534 2>/dev/null)" ] && [ "$(id -u)" = 0 ]; then
  skip "thread limit (RLIMIT_NPROC): user nobody runs other processes, so the limit cannot be set to one"
else
  mkdir -m 777 real
  for cmd in audit validate; do
    if [ $cmd = audit ]; then args=(audit --as-of $as_of --jobs 8 --format json=real/$cmd.json set); else args=(validate --jobs 8 set); fi
    # LeakSanitizer needs a thread of its own at exit, which this limit forbids: leak checks off here.
    run real-$cmd "${as_user[@]}" prlimit --nproc=1 -- env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
      "$medvirk" "${args[@]}"
    if [ $cmd = audit ]; then
      if [ "$st" = "$want_st" ] && cmp -s real/$cmd.json want.json; then
        ok "thread limit (RLIMIT_NPROC 1): audit --jobs 8 runs on one thread, same report, exit $st"
      else
        fail "thread limit (RLIMIT_NPROC 1): audit --jobs 8 runs on one thread, same report" "exit $st (expected $want_st)" \
          "$(show real-$cmd.err)"
      fi
    elif [ "$st" = 0 ]; then
      ok "thread limit (RLIMIT_NPROC 1): validate --jobs 8 succeeds"
    else
      fail "thread limit (RLIMIT_NPROC 1): validate --jobs 8 succeeds" "exit $st" "$(show real-$cmd.err)"
    fi
  done
fi

# ---------------------------------------------------------------------------------------------------
# 10. Devices and pipes are read up to the documented limit, never without end.

run zero-report "$medvirk" report /dev/zero
expect "report /dev/zero: refused at once, not read without end" zero-report 2 \
"/dev/zero: feil: er ikke en JSON-rapport fra medvirk (ugyldig JSON ved byte 1) [bad-json]"
run zero-diff "$medvirk" diff want.json /dev/zero
expect "diff against /dev/zero: refused at once" zero-diff 2 \
"/dev/zero: feil: er ikke en JSON-rapport fra medvirk (ugyldig JSON ved byte 1) [bad-json]"
run zero-baseline "$medvirk" audit --as-of $as_of --baseline /dev/zero set
expect "--baseline /dev/zero: refused at once" zero-baseline 2 \
"/dev/zero: feil: er ikke en grunnlinje (ugyldig JSON ved byte 1) [bad-json]"
# An endless pipe of valid JSON whitespace: read up to the baseline limit (100 MiB), then refused.
# (An address-space cap only outside the sanitizers, whose shadow memory needs far more.)
( [ -n "$asan" ] || ulimit -v 1048576 2>/dev/null || true
  yes ' ' | timeout 120 "$medvirk" audit --as-of $as_of --baseline /dev/stdin set >endless.out 2>endless.err; echo $? >endless.st )
st=$(cat endless.st)
expect "--baseline from an endless pipe: refused at the 100 MiB limit" endless 2 \
"/dev/stdin: feil: filen er større enn grensen på 104857600 byte (lest til grensen) [limit-size]"
# A report through a pipe is read like a file.
cat want.json | "$medvirk" report /dev/stdin >piped.html 2>piped.err
st=$?
"$medvirk" report want.json >file.html 2>/dev/null
if [ "$st" = 0 ] && cmp -s piped.html file.html; then ok "report from a pipe: the same HTML as from the file"
else fail "report from a pipe: the same HTML as from the file" "exit $st" "$(show piped.err)"; fi

# ---------------------------------------------------------------------------------------------------
# 11. Nested anchors without aliases: each anchor keeps a copy of everything under it. 60 of them
# around 9 MiB of text (under the 10 MiB file limit) once took 580 MB; now the copies count
# against the node and text budget. The memory cap (ulimit -v) fails the old code.

mkdir -p anchors
printf 'type: tjeneste\nid: t\nnavn: T\nnivå: kommune\nmålgrupper: [voksne]\n' >anchors/tjeneste.yaml
{
  printf 'type: rutine\nid: anker\ntittel: Nøstede ankere\nekstra:\n'
  for i in $(seq 0 59); do printf '%*sn%d: &a%d\n' $((2 * i + 2)) '' $i $i; done
  printf '%*stekst: ' 122 ''
  head -c $((9 * 1024 * 1024)) /dev/zero | tr '\0' x
  printf '\n'
} >anchors/rutine.yaml
if [ -n "$asan" ]; then
  run anchors "$medvirk" validate anchors
else
  ( ulimit -v 400000; run anchors "$medvirk" validate anchors; echo $st >anchors.st )
  st=$(cat anchors.st)
fi
expect "60 nested anchors around 9 MiB of text: refused by the budget, within 400 MB of address space" anchors 2 \
"anchors/rutine.yaml:63:124: feil: ankere (&) og aliaser kopierer mer enn 10485760 byte tekst (grensen); nøstede ankere kan ha mangedoblet innholdet [limit-nodes]
medvirk: feil: 1 feil i 2 filer"

# ---------------------------------------------------------------------------------------------------
# 12 and 13. A corpus of the benchmark's 10,000 documents (bench/medvirk-corpus; 4,500 under the
# sanitizers, still a JSON report over the old 100 MiB limit, or MEDVIRK_LIMITS_DOCUMENTS): the
# JSON report is well over 100 MiB; `report` and `diff` read it, and `report` gives the HTML that
# `audit --format html` wrote. The HTML format renders service by service (the address-space cap
# fails the old format, which parsed the whole JSON report into a tree).

documents=${MEDVIRK_LIMITS_DOCUMENTS:-$([ -n "$asan" ] && echo 4500 || echo 10000)}
if [ ! -x "$corpus_tool" ]; then
  skip "reports of $documents documents: no corpus generator at $corpus_tool"
else
  "$medvirk" rules tags >tags.txt
  "$corpus_tool" --documents "$documents" --seed 1 --tags tags.txt corpus >/dev/null
  if [ -n "$asan" ]; then
    "$medvirk" audit --as-of $as_of --jobs 2 --fail-on aldri --format json=big.json --format html=big.html corpus >/dev/null 2>big.err
    st=$?
  else
    ( ulimit -v 1500000
      "$medvirk" audit --as-of $as_of --jobs 2 --fail-on aldri --format json=big.json --format html=big.html corpus >/dev/null 2>big.err
      echo $? >big.st )
    st=$(cat big.st)
  fi
  size=$(stat -c %s big.json 2>/dev/null || echo 0)
  if [ "$st" = 0 ] && [ "$size" -gt $((100 * 1024 * 1024)) ]; then
    ok "audit of $documents documents: JSON report of $size bytes (over 100 MiB) and HTML report, within 1.5 GB of address space"
  else
    fail "audit of $documents documents: JSON and HTML reports" "exit $st, JSON report $size bytes" "$(show big.err)"
  fi
  # A debug or sanitizer build on a loaded machine reads a report this size slowly: a wider guard.
  guard=1200
  run big-report "$medvirk" report big.json -o again.html
  if [ "$st" = 0 ] && cmp -s again.html big.html; then
    ok "report of the $size-byte JSON report: the HTML audit wrote"
  else
    fail "report of the $size-byte JSON report: the HTML audit wrote" "exit $st" "$(show big-report.err)"
  fi
  "$medvirk" audit --as-of $as_of --format json=small.json corpus/tjeneste-00001 >/dev/null 2>&1
  run big-diff "$medvirk" diff --fail-on aldri small.json big.json
  guard=120
  if [ "$st" = 0 ] && grep -q '^Nye funn (' big-diff.out && [ ! -s big-diff.err ]; then
    ok "diff against the $size-byte JSON report: read ($(head -1 big-diff.out))"
  else
    fail "diff against the $size-byte JSON report" "exit $st" "$(show big-diff.err)"
  fi
fi


echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
