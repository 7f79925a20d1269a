#!/usr/bin/env bash
# Resources and limits (issue 13, items 9–13): a thread limit, endless devices and pipes, nested
# anchors, the HTML report of many documents, reports of a large corpus. Each check prints one
# line, «ok», «skip» or «FAIL» with details; the last line counts them, and the exit status is 1
# when any check failed.
#
# Usage (ctest does this): bash tests/hostile/limits.sh path/to/medvirk   (from the repository root)
set -uo pipefail

medvirk=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
corpus_tool=$(dirname "$medvirk")/bench/medvirk-corpus
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
  (timeout 120 "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; exit $?) 2>/dev/null
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
    run real-$cmd "${as_user[@]}" prlimit --nproc=1 -- "$medvirk" "${args[@]}"
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

#@ITEMS@

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
