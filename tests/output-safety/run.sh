#!/usr/bin/env bash
# Output safety (docs/security.md): medvirk never writes over a file it reads, writes through an
# unpredictable temporary file created exclusively, keeps the mode of a file it replaces, leaves
# one complete run's output when runs race, cleans up when interrupted, commits several outputs
# all or nothing, and says why a folder cannot be written.
#
# Interruptions are placed without timing: with MEDVIRK_TEST_HOLD naming a FIFO, medvirk writes the
# name of each temporary file to it after the file's first bytes, then waits until the FIFO with
# ".go" added has been opened and closed (src/core/safe_output.hpp).
#
# Each check prints one line, «ok» or «FAIL» with details; the last line counts them, and the exit
# status is 1 when any check failed.
#
# Usage (ctest does this): bash tests/output-safety/run.sh path/to/medvirk   (from the repository root)
set -uo pipefail

medvirk=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$PWD
tmp=$(mktemp -d)
chmod 755 "$tmp"   # the unprivileged user of the permission check must reach its files
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export NO_COLOR=1
as_of=2026-11-23
example=$root/examples/kommune-med-mangler
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
# check LABEL CONDITION-STATUS DETAILS...: ok when the previous command list succeeded.
check() {
  local label=$1 cond=$2
  shift 2
  if [ "$cond" = 0 ]; then ok "$label"; else fail "$label" "$@"; fi
}

# run NAME CMD...: runs CMD (with a 60 s guard against hangs); stdout, stderr and status land in
# $tmp/NAME.out, $tmp/NAME.err and $st.
run() {
  local name=$1
  shift
  (timeout 60 "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; exit $?) 2>/dev/null
  st=$?
}

# state DIR: every file under DIR (also hidden ones) with its checksum and mode, to compare.
state() { (cd "$1" && find . -type f -o -type l | sort | while read -r f; do
  if [ -L "$f" ]; then printf '%s -> %s\n' "$f" "$(readlink "$f")"; continue; fi
  printf '%s %s %s\n' "$f" "$(stat -c %a "$f")" "$(sha256sum <"$f" | cut -c1-16)"; done); }

# refused LABEL NAME DIR WANT: the run NAME exited 2 with nothing on stdout, stderr is exactly WANT,
# and DIR is as $before says.
refused() {
  local label=$1 name=$2 dir=$3 want=$4 now
  now=$(state "$dir")
  if [ "$st" = 2 ] && [ ! -s "$tmp/$name.out" ] && [ "$(cat "$tmp/$name.err")" = "$want" ] && [ "$now" = "$before" ]; then
    ok "$label"
  else
    fail "$label" "exit $st (expected 2); stdout $(wc -c <"$tmp/$name.out") bytes (expected none)" \
      "stderr:" "$(show "$tmp/$name.err")" "expected stderr:" "$(printf '%s\n' "$want" | sed 's/^/  | /')" \
      "files changed:" "$(diff <(printf '%s\n' "$before") <(printf '%s\n' "$now"))"
  fi
}

cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 1. An output that is also an input is refused before anything is written, naming both.
mkdir w1 && cd w1
cp -r "$example" set
cp -r "$root/examples/lokal-regelpakke-baerum/regler" regler
"$medvirk" audit --as-of $as_of --format json=r.json set >/dev/null
"$medvirk" baseline create b.json set >/dev/null
pack=$(cd regler && ls *.yaml | head -1)
ln -s set/tjeneste.yaml lenke.json
ln r.json hardlenke.html
ln -s "regler/$pack" pakke.json
before=$(state .)

run in-routine "$medvirk" audit --as-of $as_of --format json=set/tjeneste.yaml set
refused "audit --format json=set/tjeneste.yaml set: refused, the routine file untouched" in-routine . \
  "medvirk: feil: utdatafilen set/tjeneste.yaml er også en fil kjøringen leser; medvirk skriver aldri over det den leser"
run in-routine-link "$medvirk" audit --as-of $as_of --lang en --format sarif=lenke.json set
refused "audit --format sarif=LINK to a routine file: refused, both named (en)" in-routine-link . \
  "medvirk: error: the output file lenke.json is also a file the run reads (set/tjeneste.yaml); medvirk never writes over what it reads"
run in-report "$medvirk" report r.json -o r.json
refused "report r.json -o r.json: refused, the report untouched" in-report . \
  "medvirk: feil: utdatafilen r.json er også en fil kjøringen leser; medvirk skriver aldri over det den leser"
run in-report-hard "$medvirk" report r.json -o hardlenke.html
refused "report r.json -o HARD LINK to r.json: refused, both named" in-report-hard . \
  "medvirk: feil: utdatafilen hardlenke.html er også en fil kjøringen leser (r.json); medvirk skriver aldri over det den leser"
run in-baseline "$medvirk" audit --as-of $as_of --baseline b.json --format json=b.json set
refused "audit --baseline b.json --format json=b.json: refused, the baseline untouched" in-baseline . \
  "medvirk: feil: utdatafilen b.json er også en fil kjøringen leser; medvirk skriver aldri over det den leser"
run in-baseline-create "$medvirk" baseline create set/tjeneste.yaml set
refused "baseline create set/tjeneste.yaml set: refused, the routine file untouched" in-baseline-create . \
  "medvirk: feil: utdatafilen set/tjeneste.yaml er også en fil kjøringen leser; medvirk skriver aldri over det den leser"
run in-baseline-create2 "$medvirk" baseline create set/tjeneste.yaml set/rutine-lederopplaering.yaml
refused "baseline create set/tjeneste.yaml set/rutine-….yaml (arguments swapped): refused, nothing written" in-baseline-create2 . \
  "medvirk: feil: set/tjeneste.yaml har filendelsen til en rutinefil (.yaml/.yml); medvirk skriver ikke rapporter eller grunnlinjer til slike filer (byttet om argumentene?)"
run in-pack "$medvirk" audit --as-of $as_of --rules regler --format json=regler/$pack set
refused "audit --rules regler --format json=regler/PACK.yaml: refused, the pack untouched" in-pack . \
  "medvirk: feil: utdatafilen regler/$pack er også en fil kjøringen leser; medvirk skriver aldri over det den leser"
run in-pack-link "$medvirk" baseline create --rules regler pakke.json set
refused "baseline create --rules regler LINK-to-a-pack: refused, both named" in-pack-link . \
  "medvirk: feil: utdatafilen pakke.json er også en fil kjøringen leser (regler/$pack); medvirk skriver aldri over det den leser"
run in-dotdot "$medvirk" audit --as-of $as_of --format json=set/../set/tjeneste.yaml set
refused "audit --format json=set/../set/tjeneste.yaml set: refused" in-dotdot . \
  "medvirk: feil: utdatafilen set/../set/tjeneste.yaml er også en fil kjøringen leser (set/tjeneste.yaml); medvirk skriver aldri over det den leser"
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 2. Temporary files: an unpredictable name, created exclusively, 0600, never through a planted link.
mkdir w2 && cd w2
mkdir out
echo "ikke rør" >offer.txt
ln -s ../offer.txt out/.r.json.medvirk-tmp   # the name the temporary file once had
"$medvirk" audit --as-of $as_of --format json=out/r.json "$example" >/dev/null 2>&1
[ "$(cat offer.txt)" = "ikke rør" ] && [ -f out/r.json ] && [ ! -L out/r.json ] && [ -L out/.r.json.medvirk-tmp ]
check "a link planted at the old temporary name: its target untouched, the report a file of its own" $? \
  "offer.txt: $(head -c 80 offer.txt)" "out/: $(ls -lA out | tail -n +2)"

# hold TAG: starts medvirk (arguments after TAG) in the background with the hook; $pid is its id.
# next_hold: waits (at most 20 s) for the name of the next held temporary file, in $held.
hold() {
  local tag=$1
  shift
  rm -f "$tmp/$tag.fifo" "$tmp/$tag.fifo.go"
  mkfifo "$tmp/$tag.fifo" "$tmp/$tag.fifo.go"
  hold_fifo=$tmp/$tag.fifo
  MEDVIRK_TEST_HOLD=$hold_fifo env --default-signal=INT,TERM "$medvirk" "$@" >"$tmp/$tag.out" 2>"$tmp/$tag.err" &
  pid=$!
}
next_hold() { held=$(timeout 20 bash -c 'read -r line <"$1" && printf %s "$line"' _ "$hold_fifo"); }
release() { timeout 20 bash -c ': >"$1"' _ "$hold_fifo.go"; }
finish() { wait "$pid"; st=$?; }
stop() { kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }

hold tmpname audit --as-of $as_of --format json=out/ny.json "$example"
next_hold
name=$(basename "${held:-none}")
mode=$(stat -c %a "$held" 2>/dev/null)
type=$(stat -c %F "$held" 2>/dev/null)
release
finish
[[ "$name" =~ ^\.ny\.json\.[0-9a-f]{16}\.medvirk-tmp$ ]] && [ "$(dirname "$held")" = out ] && [ "$mode" = 600 ] &&
  [ "$type" = "regular file" ] && [ "$st" = 1 ] && [ ! -e "$held" ] && [ -s out/ny.json ]
check "the temporary file: .ny.json.<16 hex>.medvirk-tmp in the target folder, a regular file, mode 600, gone after the rename" $? \
  "held: ${held:-nothing (no hold: the hook is missing)}; mode ${mode:-?}; type ${type:-?}; exit $st" "$(show "$tmp/tmpname.err" 300)"
[ "$st" = 1 ] || stop
hold tmpname2 audit --as-of $as_of --format json=out/ny.json "$example"
next_hold
second=$held
release
finish
[ -n "$second" ] && [ -n "$held" ] && [ "$(basename "$second")" != "$name" ]
check "two runs use different temporary names" $? "first ${name:-none}, second ${second:-none}"
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 3. A rewritten file keeps its mode; a new one gets the usual mode (umask); a hard link keeps the old
#    content (documented in docs/security.md).
mkdir w3 && cd w3
"$medvirk" audit --as-of $as_of --format json=r.json "$example" >/dev/null
chmod 600 r.json
"$medvirk" audit --as-of $as_of --lang en --format json=r.json "$example" >/dev/null
m1=$(stat -c %a r.json)
chmod 640 r.json
"$medvirk" audit --as-of 2026-11-24 --format json=r.json "$example" >/dev/null
m2=$(stat -c %a r.json)
(umask 027 && "$medvirk" audit --as-of $as_of --format json=ny.json "$example" >/dev/null)
m3=$(stat -c %a ny.json)
[ "$m1" = 600 ] && [ "$m2" = 640 ] && [ "$m3" = 640 ] && grep -q '"2026-11-24"' r.json
check "a rewritten report keeps its mode (600, 640); a new one follows the umask (027: 640)" $? "modes: $m1 $m2 $m3"
cp r.json gammel.json
ln r.json lenke.json
"$medvirk" audit --as-of 2026-11-25 --format json=r.json "$example" >/dev/null
cmp -s lenke.json gammel.json && grep -q '"2026-11-25"' r.json && [ "$(stat -c %h r.json)" = 1 ]
check "a hard link to a rewritten report keeps the old content (the rename breaks the link, as documented)" $?
if [ "$(id -u)" = 0 ]; then
  chown 65534:65534 r.json
  "$medvirk" audit --as-of 2026-11-26 --format json=r.json "$example" >/dev/null
  [ "$(stat -c %u:%g r.json)" = 65534:65534 ] && grep -q '"2026-11-26"' r.json
  check "run as root, a rewritten report keeps its owner and group" $? "owner now $(stat -c %u:%g r.json)"
else
  skip "owner and group kept: needs root"
fi
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 4. Concurrent runs writing one file: it is always exactly one run's complete output.
mkdir w4 && cd w4
variants=("--as-of 2026-11-23" "--as-of 2026-11-23 --lang en" "--as-of 2026-12-24" "--as-of 2027-01-01 --lang en")
for i in "${!variants[@]}"; do
  # shellcheck disable=SC2086
  "$medvirk" audit ${variants[$i]} --format json=want-$i.json --format sarif=want-$i.sarif "$example" >/dev/null
done
mixed=0
rounds=0
for round in 1 2 3 4 5; do
  pids=()
  for k in $(seq 0 11); do
    i=$((k % ${#variants[@]}))
    # shellcheck disable=SC2086
    "$medvirk" audit ${variants[$i]} --jobs 1 --format json=delt.json --format sarif=delt.sarif "$example" >/dev/null 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  rounds=$((rounds + 1))
  one=
  for i in "${!variants[@]}"; do cmp -s delt.json want-$i.json && one=yes; done
  two=
  for i in "${!variants[@]}"; do cmp -s delt.sarif want-$i.sarif && two=yes; done
  if [ -z "$one" ] || [ -z "$two" ] || [ -n "$(ls -A | grep medvirk-tmp)" ]; then mixed=$((mixed + 1)); fi
done
[ "$mixed" = 0 ]
check "12 concurrent runs × $rounds rounds, four different outputs: the file is always one run's, no temporary file left" $? \
  "$mixed round(s) left a file equal to no run's output, or a temporary file: $(ls -A)"
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 5. SIGINT / SIGTERM during a write: temporary files removed, 130 / 143, nothing presented as complete.
mkdir w5 && cd w5 && mkdir out
echo "forrige rapport" >out/r.json
before=$(state out)
interrupt() {  # LABEL SIGNAL STATUS HOLDS: interrupts at the HOLDS-th temporary file
  local label=$1 sig=$2 want=$3 holds=$4 n files
  hold "int-$sig-$holds" audit --as-of $as_of --format text --format json=out/r.json --format sarif=out/s.sarif "$example"
  for n in $(seq 1 "$holds"); do
    next_hold
    [ "$n" -lt "$holds" ] && release
  done
  files=$(ls -A out | tr '\n' ' ')
  kill -s "$sig" "$pid"
  finish
  local now
  now=$(state out)
  if [ -n "$held" ] && [ "$st" = "$want" ] && [ "$now" = "$before" ] && [ ! -s "$tmp/int-$sig-$holds.out" ]; then
    ok "$label"
  else
    stop
    fail "$label" "exit $st (expected $want); held: ${held:-nothing}; out/ while held: $files" \
      "stdout: $(wc -c <"$tmp/int-$sig-$holds.out") bytes (expected none)" "out/ now: $(ls -A out | tr '\n' ' ')"
  fi
}
interrupt "SIGINT while the JSON report is half written: exit 130, its temporary file removed, the old report intact, no text printed" INT 130 1
interrupt "SIGTERM while the SARIF report is written (the JSON one complete): exit 143, both temporary files removed, nothing printed" TERM 143 2
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 6. All or nothing: one file named twice is refused before any work; several outputs are put in
#    place only when every one succeeded, and put back when one cannot be.
mkdir w6 && cd w6 && mkdir out sub && ln -s out lenke
before=$(state .)
run twice "$medvirk" audit --as-of $as_of --format json=out/a --format sarif=out/a finnes-ikke
refused "--format json=out/a --format sarif=out/a: refused before any work (the missing set is not even looked at)" twice . \
  "medvirk: feil: out/a er gitt som utdata to ganger; hvert format må ha sin egen fil"
run twice-link "$medvirk" audit --as-of $as_of --lang en --format json=out/a --format html=lenke/a "$example"
refused "the same file through a folder link (out/a, lenke/a): refused (en)" twice-link . \
  "medvirk: error: out/a and lenke/a are the same file; every format needs a file of its own"
run twice-dotdot "$medvirk" audit --as-of $as_of --format json=out/a --format junit=sub/../out/a "$example"
refused "the same file as out/a and sub/../out/a: refused" twice-dotdot . \
  "medvirk: feil: out/a og sub/../out/a er samme fil; hvert format må ha sin egen fil"
echo gammel >out/r.json
ln -s r.json out/r-lenke.json
before=$(state .)
run twice-existing "$medvirk" audit --as-of $as_of --format json=out/r.json --format sarif=out/r-lenke.json "$example"
refused "an existing file and a link to it: refused, the file untouched" twice-existing . \
  "medvirk: feil: out/r.json og out/r-lenke.json er samme fil; hvert format må ha sin egen fil"
rm out/r-lenke.json

# A full disk on the second output (/dev/full, written directly): the first, already rendered, is
# not put in place, the old JSON report stays (not newer than the run), and no text is printed.
touch -d '1 minute ago' out/r.json
before=$(state .)
touch -d '1 second ago' "$tmp/start"
if [ -w /dev/full ]; then
  run allnone "$medvirk" audit --as-of $as_of --format text --format json=out/r.json --format sarif=/dev/full "$example"
  now=$(state .)
  [ "$st" = 2 ] && [ "$now" = "$before" ] && [ ! -s "$tmp/allnone.out" ] &&
    [ "$(cat "$tmp/allnone.err")" = "medvirk: feil: kan ikke skrive /dev/full: disken er full" ] && [ ! out/r.json -nt "$tmp/start" ]
  check "json + sarif to a full disk: exit 2, the old JSON report unchanged (not newer than the run), nothing new, no text printed" $? \
    "exit $st" "$(show "$tmp/allnone.err" 300)" "stdout $(wc -c <"$tmp/allnone.out") bytes" \
    "changed: $(diff <(printf '%s\n' "$before") <(printf '%s\n' "$now"))"
else
  skip "json + sarif to a full disk: /dev/full is not writable here"
fi

# The second file's place becomes a folder while it is written: the first, already exchanged with
# the old report, is put back.
touch -d '1 second ago' "$tmp/start"
hold rollback audit --as-of $as_of --format text --format json=out/r.json --format sarif=out/s.sarif "$example"
next_hold
release
next_hold
mkdir out/s.sarif
release
finish
rmdir out/s.sarif 2>/dev/null
now=$(state .)
[ "$st" = 2 ] && [ "$now" = "$before" ] && [ ! -s "$tmp/rollback.out" ] &&
  [ "$(cat "$tmp/rollback.err")" = "medvirk: feil: kan ikke skrive out/s.sarif: det er en mappe" ] && [ ! out/r.json -nt "$tmp/start" ]
check "the second output cannot be put in place: the first is put back (old content), exit 2, no text printed" $? \
  "exit $st; held: ${held:-nothing}" "$(show "$tmp/rollback.err" 300)" "changed: $(diff <(printf '%s\n' "$before") <(printf '%s\n' "$now"))"
[ "$st" = 2 ] || stop
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 7. A folder that does not exist or cannot be written: the folder and the reason, in nb and en.
mkdir w7 && cd w7 && echo x >fil.txt
before=$(state .)
run nodir "$medvirk" audit --as-of $as_of --format json=finnes/ikke/r.json "$example"
refused "output folder missing: «mappen finnes/ikke finnes ikke», before any work" nodir . \
  "medvirk: feil: kan ikke skrive finnes/ikke/r.json: mappen finnes/ikke finnes ikke"
run nodir-en "$medvirk" report --lang en "$tmp/w1/r.json" -o finnes/r.html
refused "report -o into a missing folder (en): «the folder finnes does not exist»" nodir-en . \
  "medvirk: error: cannot write finnes/r.html: the folder finnes does not exist"
run notdir "$medvirk" baseline create fil.txt/b.json "$example"
refused "baseline create under a file: «fil.txt er ikke en mappe»" notdir . \
  "medvirk: feil: kan ikke skrive fil.txt/b.json: fil.txt er ikke en mappe"

as_user=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    as_user=(none)
  fi
fi
mkdir -p perm/bin perm/lukket && cp "$medvirk" perm/bin/medvirk && cp -r "$example" perm/set && chmod -R a+rX perm &&
  chmod 555 perm/lukket
if [ "${as_user[0]:-}" = none ]; then
  skip "unwritable folder: running as root without a working setpriv (util-linux)"
elif "${as_user[@]}" test -w perm/lukket; then
  skip "unwritable folder: the folder is writable for this user anyway"
else
  cd perm
  before=$(state .)
  run noperm "${as_user[@]}" "$tmp/w7/perm/bin/medvirk" audit --as-of $as_of --format json=lukket/r.json set
  refused "output folder not writable: «ingen skrivetilgang til mappen lukket»" noperm . \
    "medvirk: feil: kan ikke skrive lukket/r.json: ingen skrivetilgang til mappen lukket"
  run noperm-en "${as_user[@]}" "$tmp/w7/perm/bin/medvirk" audit --lang en --as-of $as_of --format json=lukket/r.json set
  refused "output folder not writable (en): «no permission to write in the folder lukket»" noperm-en . \
    "medvirk: error: cannot write lukket/r.json: no permission to write in the folder lukket"
fi
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 8. The console examples of docs/security.md and docs/en/security.md are real output.
doc_examples() {  # LABEL DOC DIR: runs each «$ medvirk …» line of DOC's console block in DIR
  local label=$1 doc=$2 dir=$3 line cmd= want= got bad=
  compare() {
    [ -z "$cmd" ] && return
    got=$(cd "$dir" && eval "\"\$medvirk\" $cmd" 2>&1)
    [ "$got" = "${want%$'\n'}" ] || bad+="\$ medvirk $cmd"$'\n'"got:  $got"$'\n'"want: ${want%$'\n'}"$'\n'
  }
  while IFS= read -r line; do
    if [[ $line == '$ medvirk '* ]]; then
      compare
      cmd=${line#'$ medvirk '}
      want=
    else
      want+=$line$'\n'
    fi
  done < <(awk '/^```console$/ { on = 1; next } /^```$/ { on = 0 } on' "$doc")
  compare
  [ -n "$cmd" ] && [ -z "$bad" ]
  check "$label" $? "${bad:-no console example found}"
}
mkdir -p w8/nb w8/en
cp -r "$example" w8/nb/rutiner && ln -s rutiner/tjeneste.yaml w8/nb/lenke.json
(cd w8/nb && "$medvirk" audit --as-of $as_of --format json=rapport.json rutiner >/dev/null)
cp -r "$example" w8/en/routines && ln -s routines/tjeneste.yaml w8/en/link.json
(cd w8/en && "$medvirk" audit --as-of $as_of --format json=report.json routines >/dev/null)
doc_examples "docs/security.md: the console examples are real output" "$root/docs/security.md" w8/nb
doc_examples "docs/en/security.md: the console examples are real output" "$root/docs/en/security.md" w8/en

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
