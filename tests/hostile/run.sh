#!/usr/bin/env bash
# Hostile and broken input: never crash, never lie, never touch the user's files.
#
# The inputs here are generated at test time (too large, or symlinks, permissions, FIFOs); the small
# committed ones are e2e cases (tests/e2e/cases/loader-*). Each check prints one line, «ok» or «FAIL»
# with details; the last line counts them, and the exit status is 1 when any check failed.
#
# Usage (ctest does this): bash tests/hostile/run.sh path/to/medvirk   (from the repository root)
set -uo pipefail

medvirk=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$PWD
tmp=$(mktemp -d)
chmod 755 "$tmp"   # the unprivileged user of the permission checks must reach its files
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export NO_COLOR=1
as_of=2026-11-23
# AddressSanitizer reserves terabytes of address space, so the checks that cap memory with
# ulimit -v cannot run against a sanitizer build (make test-sanitize); they are skipped there.
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

# run NAME CMD...: runs CMD (with a 60 s guard against hangs) in the current directory;
# stdout, stderr and status land in $tmp/NAME.out, $tmp/NAME.err and $st.
run() {
  local name=$1
  shift
  # (the subshell keeps the shell's «Aborted» notice of a crashing run off the test's output)
  (timeout 60 "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; exit $?) 2>/dev/null
  st=$?
}

# expect LABEL NAME STATUS STDERR: the run NAME exited STATUS, wrote nothing on stdout and exactly
# STDERR (a string; a trailing newline is implied) on stderr.
expect() {
  local label=$1 name=$2 status=$3 want=$4
  if [ "$st" = "$status" ] && [ ! -s "$tmp/$name.out" ] && [ "$(cat "$tmp/$name.err")" = "$want" ]; then
    ok "$label"
  else
    fail "$label" "exit $st (expected $status); stdout $(wc -c <"$tmp/$name.out") bytes (expected none)" \
      "stderr:" "$(show "$tmp/$name.err")" "expected stderr:" "$(printf '%s\n' "$want" | sed 's/^/  | /')"
  fi
}

# A service document for generated routine sets.
mkset() {
  mkdir -p "$tmp/$1"
  printf 'type: tjeneste\nid: phr-test\nnavn: Psykisk helse og rus, Testvik kommune\nnivå: kommune\nmålgrupper: [voksne]\n' \
    >"$tmp/$1/tjeneste.yaml"
}
routine_head() { printf 'type: rutine\nid: samarbeid\ntittel: Samarbeid med pårørende\n'; }
no_report='medvirk: feil: 1 feil i rutinesettet (2 filer lest); ingen rapport, fordi en revisjon av et ufullstendig rutinesett ville gitt et misvisende bilde'

cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 1. Bad input that must be generated: every one refused with its message and exit 2, never a crash.

# A file over the documented 10 MiB limit (11 MiB).
mkset huge
{ routine_head; printf 'referanser:\n'; yes '  - helse- og omsorgstjenesteloven § 3-10' ; } 2>/dev/null | head -c $((11 * 1024 * 1024)) >huge/rutine.yaml
run huge "$medvirk" validate huge
expect "11 MiB file: refused with the size limit" huge 2 \
"huge/rutine.yaml: feil: filen er 11534336 byte, over grensen på 10485760 byte [limit-size]
medvirk: feil: 1 feil i 2 filer"
run huge-audit "$medvirk" audit --as-of $as_of huge
expect "11 MiB file: audit refuses, prints no report" huge-audit 2 \
"huge/rutine.yaml: feil: filen er 11534336 byte, over grensen på 10485760 byte [limit-size]
$no_report"

# Exactly at the limit is accepted (a comment fills the file up to 10 485 760 bytes).
mkset exact
{ routine_head; printf '# '; } >exact/rutine.yaml
head -c $((10485760 - $(wc -c <exact/rutine.yaml) - 1)) /dev/zero | tr '\0' x >>exact/rutine.yaml
echo >>exact/rutine.yaml
run exact "$medvirk" validate exact
if [ "$st" = 0 ] && [ "$(wc -c <exact/rutine.yaml)" = 10485760 ]; then
  ok "a file of exactly 10 MiB is accepted"
else
  fail "a file of exactly 10 MiB is accepted" "exit $st, size $(wc -c <exact/rutine.yaml)" "$(show "$tmp/exact.err")"
fi
rm -rf huge exact

# Nesting 10,000 levels deep, in three shapes: flow sequences, block sequences, flow mappings.
deep() { head -c "$1" /dev/zero | tr '\0' "$2"; }
mkset deep-flow
{ routine_head; printf 'referanser: '; deep 10000 '['; printf x; deep 10000 ']'; echo; } >deep-flow/rutine.yaml
run deep-flow "$medvirk" validate deep-flow
expect "10,000 nested flow sequences: depth limit" deep-flow 2 \
"deep-flow/rutine.yaml:4:76: feil: nøstingen er dypere enn 64 nivåer (grensen) [limit-depth]
medvirk: feil: 1 feil i 2 filer"
mkset deep-block
{ routine_head; printf 'referanser:\n'; for _ in $(seq 10000); do printf -- '- '; done; echo x; } >deep-block/rutine.yaml
run deep-block "$medvirk" validate deep-block
expect "10,000 nested block sequences: depth limit" deep-block 2 \
"deep-block/rutine.yaml:5:127: feil: nøstingen er dypere enn 64 nivåer (grensen) [limit-depth]
medvirk: feil: 1 feil i 2 filer"
mkset deep-map
{ routine_head; printf 'referanser: '; for _ in $(seq 10000); do printf '{a: '; done; printf x; deep 10000 '}'; echo; } >deep-map/rutine.yaml
run deep-map "$medvirk" validate deep-map
expect "10,000 nested flow mappings: depth limit" deep-map 2 \
"deep-map/rutine.yaml:4:265: feil: nøstingen er dypere enn 64 nivåer (grensen) [limit-depth]
medvirk: feil: 1 feil i 2 filer"
mkset deep-open
{ deep 10000 '['; echo; } >deep-open/rutine.yaml
run deep-open "$medvirk" validate deep-open
if [ "$st" = 2 ] && grep -q '^deep-open/rutine.yaml:1:[0-9]*: feil: nøstingen er dypere enn 64 nivåer (grensen) \[limit-depth\]$' "$tmp/deep-open.err"; then
  ok "10,000 unclosed '[': depth limit"
else
  fail "10,000 unclosed '[': depth limit" "exit $st" "$(show "$tmp/deep-open.err")"
fi

# Billion laughs: 10 levels of 10 aliases (10^10 nodes if expanded), refused at the node limit.
mkset bomb
{
  routine_head
  printf 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
  for i in 1 2 3 4 5 6 7 8 9; do
    p=$((i - 1))
    printf 'a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n' $i $i $p $p $p $p $p $p $p $p $p $p
  done
  printf 'referanser: [*a9, *a9, *a9, *a9, *a9, *a9, *a9, *a9, *a9, *a9]\n'
} >bomb/rutine.yaml
run bomb "$medvirk" validate bomb
expect "alias bomb of 10 levels of 10: node limit, no hang" bomb 2 \
"bomb/rutine.yaml:9:10: feil: filen har mer enn 200000 noder (grensen); aliaser kan ha mangedoblet innholdet (alias-bombe?) [limit-nodes]
medvirk: feil: 1 feil i 2 filer"

# An alias bomb made of one large scalar: 5000 aliases of a 1 MiB text in a 1 MiB file expand to
# 5 GiB while the node count stays at about 5000. It must be refused like any alias bomb (limits are
# "never a crash"); the memory cap makes the test fail fast instead of exhausting the machine.
mkset strbomb
{
  routine_head
  printf 'referanser: [&a "'
  head -c $((1024 * 1024)) /dev/zero | tr '\0' x
  printf '"'
  for _ in $(seq 5000); do printf ', *a'; done
  printf ']\n'
} >strbomb/rutine.yaml
if [ -n "$asan" ]; then
  skip "alias bomb of one large text: needs a memory cap (ulimit -v), which a sanitizer build cannot run under"
else
  ( ulimit -v 2097152; run strbomb "$medvirk" validate strbomb; echo $st >"$tmp/strbomb.st" )
  st=$(cat "$tmp/strbomb.st")
  if [ "$st" = 2 ] && grep -q '\[limit-' "$tmp/strbomb.err" && ! grep -q terminate "$tmp/strbomb.err"; then
    ok "alias bomb of one large text (1 MiB x 5000 aliases): refused at a limit"
  else
    fail "alias bomb of one large text (1 MiB x 5000 aliases): refused at a limit" \
      "exit $st under a 2 GiB memory cap (expected 2 and a limit-* error)" "$(show "$tmp/strbomb.err" 300)"
  fi
fi
rm -rf strbomb

# A file far over the size limit must be refused without reading it into memory.
mkset sparse
if [ -n "$asan" ]; then
  skip "4 GiB file: needs a memory cap (ulimit -v), which a sanitizer build cannot run under"
elif truncate -s 4G sparse/rutine.yaml 2>/dev/null; then
  ( ulimit -v 1048576; run sparse "$medvirk" validate sparse; echo $st >"$tmp/sparse.st" )
  st=$(cat "$tmp/sparse.st")
  expect "4 GiB file: refused by its size, not read into memory (1 GiB memory cap)" sparse 2 \
"sparse/rutine.yaml: feil: filen er 4294967296 byte, over grensen på 10485760 byte [limit-size]
medvirk: feil: 1 feil i 2 filer"
  # The same for a rule pack (docs/rules.md: packs are read with the same limits).
  mkdir -p sparse-rules && mv sparse/rutine.yaml sparse-rules/stor.yaml
  ( ulimit -v 1048576; run sparse-rules "$medvirk" rules list --rules sparse-rules; echo $st >"$tmp/sparse.st" )
  st=$(cat "$tmp/sparse.st")
  expect "4 GiB rule-pack file (--rules): refused by its size, not read into memory" sparse-rules 2 \
"sparse-rules/stor.yaml: feil: filen er 4294967296 byte, over grensen på 10485760 byte [limit-size]
medvirk: feil: 1 feil i regelpakkene; de kunne ikke lastes"
else
  skip "4 GiB file: this file system cannot make a sparse file"
fi
rm -rf sparse sparse-rules

# Same byte and character columns: yaml-cpp counts bytes, users count characters (æ, ø, å, « »).
mkset column
{ routine_head; printf 'referanser: &a [«æøå», «æøå», *a]\n'; } >column/rutine.yaml
run column "$medvirk" validate column
expect "self-alias after æøå: the column counts characters" column 2 \
"column/rutine.yaml:4:31: feil: aliaset viser til et anker som ikke er ferdig (selvrefererende alias) [yaml-alias]
medvirk: feil: 1 feil i 2 filer"

# ---------------------------------------------------------------------------------------------------
# 2. Directories: symlink loops, symlinked files, special files, the same set named twice.

cp -r "$root/examples/kommune-oppfyller-s1" plain
run plain-validate "$medvirk" validate plain
run plain-json "$medvirk" audit --as-of $as_of --format json plain
sed 's#plain/#set/#g' "$tmp/plain-json.out" >"$tmp/plain.json"
want_ok='ok: 3 filer, 3 dokumenter, 1 tjeneste(r), 2 rutinedokument(er)'
if [ "$(cat "$tmp/plain-validate.out")" != "$want_ok" ]; then
  fail "baseline for the directory checks" "validate plain: $(cat "$tmp/plain-validate.out" "$tmp/plain-validate.err")"
fi

# Symlink loops: set/loop -> . and set/rutiner/opp -> .. (a parent). medvirk does not follow
# directory symlinks, so the audit ends and reads every file once: the same report as without them.
mkdir loops && cp -r plain loops/set
ln -s . loops/set/loop
ln -s .. loops/set/rutiner/opp
ln -s ../.. loops/set/rutiner/oppopp
cd loops
run loop-validate "$medvirk" validate set
run loop-json "$medvirk" audit --as-of $as_of --format json set
cd "$tmp"
if [ "$(cat "$tmp/loop-validate.out")" = "$want_ok" ] && [ "$st" = 1 ] && cmp -s "$tmp/loop-json.out" "$tmp/plain.json"; then
  ok "symlink loops (. and ..) in a set: the audit ends, every file read once, same report"
else
  fail "symlink loops (. and ..) in a set: the audit ends, every file read once, same report" \
    "validate: $(cat "$tmp/loop-validate.out" "$tmp/loop-validate.err")" "audit exit $st; report differs from the one without links: $(cmp "$tmp/loop-json.out" "$tmp/plain.json" 2>&1)"
fi

# A .yaml symlink to a file outside the set is read (once), under the link's name (its real path,
# utenfor/felles.yaml, appears nowhere in the report).
mkdir -p outside-link/utenfor && cp -r plain outside-link/set
printf 'type: rutine\nid: felles\ntittel: Felles rutine utenfor settet\n' >outside-link/utenfor/felles.yaml
ln -s ../utenfor/felles.yaml outside-link/set/felles.yaml
cd outside-link
run outlink "$medvirk" validate set
run outlink-json "$medvirk" audit --as-of $as_of --format json set
cd "$tmp"
if [ "$(cat "$tmp/outlink.out")" = 'ok: 4 filer, 4 dokumenter, 1 tjeneste(r), 3 rutinedokument(er)' ] &&
  [ "$(grep -c '"set/felles.yaml"' "$tmp/outlink-json.out")" -ge 1 ] && ! grep -q 'utenfor/' "$tmp/outlink-json.out"; then
  ok "a .yaml symlink to a file outside the set: followed, read once as set/felles.yaml"
else
  fail "a .yaml symlink to a file outside the set: followed, read once as set/felles.yaml" \
    "validate: $(cat "$tmp/outlink.out" "$tmp/outlink.err")"
fi

# A dangling .yaml symlink, a .yaml symlink loop, a FIFO named x.yaml and a directory named x.yaml.
# None may hang or crash; what medvirk does is printed (see docs/format.md, «Filer og dokumenter»).
mkdir odd && cp -r plain odd/set
ln -s finnes-ikke.yaml odd/set/borte.yaml
ln -s l2.yaml odd/set/l1.yaml
ln -s l1.yaml odd/set/l2.yaml
mkdir odd/set/mappe.yaml
mkfifo odd/set/fifo.yaml 2>/dev/null || true
cd odd
run odd "$medvirk" validate set
cd "$tmp"
if [ "$st" = 0 ] || [ "$st" = 2 ]; then
  ok "dangling and looping .yaml symlinks, a FIFO and a directory named *.yaml: ends (exit $st: $(cat "$tmp/odd.out" "$tmp/odd.err" | head -1))"
else
  fail "dangling and looping .yaml symlinks, a FIFO and a directory named *.yaml: ends" "exit $st" "$(show "$tmp/odd.err")"
fi
if [ -p odd/set/fifo.yaml ]; then
  run fifo "$medvirk" validate odd/set/fifo.yaml
  expect "a FIFO named on the command line: not-a-file, no hang" fifo 2 \
"odd/set/fifo.yaml: feil: er verken en fil eller en mappe [not-a-file]
medvirk: feil: 1 feil i 0 filer"
fi

# A .yaml symlink to another file of the same set: two names, one file.
mkdir twin && cp -r plain twin/set
ln -s brukerrad.yaml twin/set/kopi.yaml
cd twin
run twin "$medvirk" validate set
cd "$tmp"
if [ "$st" = 0 ] || [ "$st" = 2 ]; then
  ok "a .yaml symlink to a file of the same set: ends (exit $st: $(cat "$tmp/twin.err" "$tmp/twin.out" | head -1 | cut -c1-160))"
else
  fail "a .yaml symlink to a file of the same set: ends" "exit $st" "$(show "$tmp/twin.err")"
fi

# docs/format.md: «En fil som nevnes to ganger, leses én gang» - also when it is named once relative
# and once absolute.
run twice "$medvirk" validate plain "$tmp/plain"
if [ "$st" = 0 ] && [ "$(cat "$tmp/twice.out")" = "$want_ok" ]; then
  ok "the same set named relative and absolute: read once"
else
  fail "the same set named relative and absolute: read once" "exit $st" \
    "$(show "$tmp/twice.out" 200)" "$(show "$tmp/twice.err" 700)"
fi

# ---------------------------------------------------------------------------------------------------
# 3. Unreadable files and directories. CI runs as root, where chmod 000 stops nothing, so medvirk
# runs as an unprivileged user (setpriv, util-linux) on a copy in a world-readable directory.

as_user=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    as_user=(none)
  fi
fi
mkdir -p perm/bin && cp "$medvirk" perm/bin/medvirk && chmod -R a+rX perm
pm=$tmp/perm/bin/medvirk
# unreadable PATH: true when the unprivileged user cannot read PATH
unreadable() { ! "${as_user[@]}" test -r "$1" 2>/dev/null; }
cp -r plain perm/set && chmod -R a+rX perm/set
if [ "${as_user[0]:-}" = none ]; then
  skip "unreadable files: running as root without a working setpriv (util-linux)"
elif ! "${as_user[@]}" "$pm" validate "$tmp/perm/set" >/dev/null 2>&1; then
  skip "unreadable files: the unprivileged user cannot run medvirk on $tmp/perm (TMPDIR not world-readable?)"
else
  chmod 000 perm/set/brukerrad.yaml
  cd perm
  if unreadable set/brukerrad.yaml; then
    run unreadable "${as_user[@]}" "$pm" validate set
    expect "unreadable file: «kan ikke lese filen» with its name" unreadable 2 \
"set/brukerrad.yaml: feil: kan ikke lese filen [unreadable-file]
medvirk: feil: 1 feil i 3 filer"
    run unreadable-audit "${as_user[@]}" "$pm" audit --as-of $as_of --format sarif set
    if [ "$st" = 2 ] && [ ! -s "$tmp/unreadable-audit.out" ] && grep -q '^set/brukerrad.yaml: feil: kan ikke lese filen \[unreadable-file\]$' "$tmp/unreadable-audit.err"; then
      ok "unreadable file: audit refuses, prints no report"
    else
      fail "unreadable file: audit refuses, prints no report" "exit $st" "$(show "$tmp/unreadable-audit.err")"
    fi
    chmod 644 set/brukerrad.yaml

    # An unreadable subdirectory: the error names it, not the set, and it hides no other error
    # (seven broken files around it, whatever order the directory lists them in).
    for n in a b c d e f g; do printf 'type: rutine\nid: %s\ntittel: [\n' $n >set/$n-brutt.yaml; done
    chmod 644 set/*-brutt.yaml
    chmod 000 set/rutiner
    run unreadable-dir "${as_user[@]}" "$pm" validate set
    reported=$(grep -c '^set/[a-g]-brutt.yaml:[0-9]*:[0-9]*: feil: ugyldig YAML' "$tmp/unreadable-dir.err")
    if [ "$st" = 2 ] && grep -q '^set/rutiner: feil: kan ikke lese mappen' "$tmp/unreadable-dir.err" && [ "$reported" = 7 ]; then
      ok "unreadable subdirectory: «kan ikke lese mappen» names set/rutiner; the 7 broken files beside it are reported too"
    else
      fail "unreadable subdirectory: «kan ikke lese mappen» names set/rutiner; the 7 broken files beside it are reported too" \
        "exit $st; $reported of 7 broken files reported" "$(show "$tmp/unreadable-dir.err")"
    fi
    chmod 755 set/rutiner
    rm -f set/*-brutt.yaml

    # --rules: an unreadable subdirectory of a rules directory must not be skipped silently.
    mkdir -p rp/a rp/z
    sed -e 's/ukjent_tag/lederkompetanse_medvirkning/' -e 's/id: lokal$/id: lokal-a/' -e 's/LOKAL-ROTASJON/LOKAL-A/' \
      "$root/tests/e2e/cases/rulepack-unknown-tag/pakke/lokal.yaml" >rp/a/lokal.yaml
    sed -e 's/ukjent_tag/lederkompetanse_medvirkning/' -e 's/id: lokal$/id: lokal-z/' -e 's/LOKAL-ROTASJON/LOKAL-Z/' \
      "$root/tests/e2e/cases/rulepack-unknown-tag/pakke/lokal.yaml" >rp/z/lokal.yaml
    chmod -R a+rX rp
    run rules-ok "${as_user[@]}" "$pm" rules list --rules rp
    if [ "$st" != 0 ] || ! grep -q LOKAL-A "$tmp/rules-ok.out" || ! grep -q LOKAL-Z "$tmp/rules-ok.out"; then
      fail "baseline for the --rules check" "exit $st" "$(show "$tmp/rules-ok.err")"
    fi
    chmod 000 rp/a
    run rules-unreadable "${as_user[@]}" "$pm" rules list --rules rp
    if [ "$st" = 2 ] && grep -q 'rp/a' "$tmp/rules-unreadable.err"; then
      ok "--rules with an unreadable subdirectory: an error naming rp/a, exit 2"
    else
      fail "--rules with an unreadable subdirectory: an error naming rp/a, exit 2" \
        "exit $st; LOKAL-A listed: $(grep -c LOKAL-A "$tmp/rules-unreadable.out"), LOKAL-Z listed: $(grep -c LOKAL-Z "$tmp/rules-unreadable.out")" \
        "$(show "$tmp/rules-unreadable.err")"
    fi
    chmod 755 rp/a
  else
    skip "unreadable files: chmod 000 does not stop $(id -un) from reading"
  fi
  cd "$tmp"
fi

# ---------------------------------------------------------------------------------------------------
# 4. Malformed JSON inputs (baseline, diff) and a full disk: a message and exit 2, never a crash.

"$medvirk" audit --as-of $as_of --format json=good.json plain >/dev/null
printf '{"rapportformat":"medvirk-rapport","tjenester":"x"}\n' >bad-services.json
run diff-bad "$medvirk" diff good.json bad-services.json
if [ "$st" = 2 ] && grep -q 'bad-services.json: feil: .*\[bad-report\]' "$tmp/diff-bad.err"; then
  ok "diff with «tjenester» a text: bad-report, exit 2"
else
  fail "diff with «tjenester» a text: bad-report, exit 2" "exit $st" "$(show "$tmp/diff-bad.err" 300)"
fi
printf '{"rapportformat":"medvirk-rapport","tjenester":[{"id":"phr-fjordvik","resultater":5}]}\n' >bad-results.json
run diff-bad2 "$medvirk" diff good.json bad-results.json
if [ "$st" = 2 ] && grep -q 'bad-results.json: feil: .*\[bad-report\]' "$tmp/diff-bad2.err"; then
  ok "diff with «resultater» a number: bad-report, exit 2 (not «everything was fixed»)"
else
  fail "diff with «resultater» a number: bad-report, exit 2 (not «everything was fixed»)" "exit $st" \
    "$(show "$tmp/diff-bad2.out" 200)" "$(show "$tmp/diff-bad2.err" 300)"
fi
printf '{"format":"medvirk-grunnlinje","formatversjon":"1","funn":[]}\n' >bad-baseline.json
run baseline-bad "$medvirk" audit --as-of $as_of --baseline bad-baseline.json plain
if [ "$st" = 2 ] && [ ! -s "$tmp/baseline-bad.out" ] && grep -q 'bad-baseline.json: feil: .*\[bad-baseline\]' "$tmp/baseline-bad.err"; then
  ok "baseline with «formatversjon» a text: bad-baseline, exit 2"
else
  fail "baseline with «formatversjon» a text: bad-baseline, exit 2" "exit $st" "$(show "$tmp/baseline-bad.err" 300)"
fi

if [ -w /dev/full ]; then
  (timeout 60 "$medvirk" audit --as-of $as_of plain >/dev/full 2>"$tmp/full.err"; exit $?) 2>/dev/null
  st=$?
  if [ "$st" = 2 ] && [ -s "$tmp/full.err" ] && ! grep -q terminate "$tmp/full.err"; then
    ok "audit to a full disk (/dev/full): a message, exit 2"
  else
    fail "audit to a full disk (/dev/full): a message, exit 2" "exit $st" "$(show "$tmp/full.err" 300)"
  fi
  timeout 60 "$medvirk" validate plain >/dev/full 2>"$tmp/full2.err"
  st=$?
  if [ "$st" = 2 ] && [ -s "$tmp/full2.err" ]; then
    ok "validate to a full disk (/dev/full): a message, exit 2 (not «ok»)"
  else
    fail "validate to a full disk (/dev/full): a message, exit 2 (not «ok»)" "exit $st" "$(show "$tmp/full2.err" 300)"
  fi
fi

# ---------------------------------------------------------------------------------------------------
# 5. Inputs are never written: every subcommand on a copy of the examples and a rule fixture.

in=$tmp/inputs
outd=$tmp/outputs
mkdir -p "$in" "$outd"
cp -r "$root/examples" "$in/examples"
cp -r "$root/tests/rules/S1-ROTASJON" "$in/S1-ROTASJON"
mkdir "$in/pakke"
sed -e 's/ukjent_tag/lederkompetanse_medvirkning/' "$root/tests/e2e/cases/rulepack-unknown-tag/pakke/lokal.yaml" >"$in/pakke/lokal.yaml"
"$medvirk" audit --as-of $as_of --format "json=$in/rapport.json" "$root/examples/bup" >/dev/null || true
snapshot() { (cd "$in" && find . -print | LC_ALL=C sort && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
snapshot >"$tmp/inputs.before"
cd "$in"
unexpected=()
# step WANT CMD...: runs CMD; its exit status must be one of WANT (e.g. "0" or "0 1")
step() {
  local want=$1
  shift
  (timeout 60 "$medvirk" "$@" >"$tmp/step.out" 2>"$tmp/step.err" </dev/null; exit $?) 2>/dev/null
  local rc=$?
  case " $want " in *" $rc "*) ;; *) unexpected+=("medvirk $* -> exit $rc: $(head -c 200 "$tmp/step.err")") ;; esac
}
sets=()
for d in examples/*/; do [ -f "$d/tjeneste.yaml" ] && sets+=("${d%/}"); done
example_sets=("${sets[@]}")
sets+=(S1-ROTASJON/fires S1-ROTASJON/passes)
ex=("${example_sets[@]}")
for s in "${sets[@]}"; do step 0 validate "$s"; done
step 0 validate --lang en "${ex[@]}" --rules pakke
for f in text json sarif junit markdown github html; do
  step "0 1" audit --as-of $as_of --format $f "${ex[@]}"
  step "0 1" audit --as-of $as_of --all --lang en --format "$f=$outd/examples.$f" "${ex[@]}"
done
step 0 audit --as-of $as_of --fail-on aldri "${ex[@]}" --rules pakke
for s in "${sets[@]}"; do
  n=$(echo "$s" | tr / -)
  step "0 1" audit --as-of $as_of --all --format "json=$outd/$n.json" --format "sarif=$outd/$n.sarif" \
    --format "junit=$outd/$n.xml" --format "markdown=$outd/$n.md" --format "github=$outd/$n.gh" --format text "$s"
  step 0 baseline create "$outd/$n.baseline.json" --as-of $as_of "$s"
  step "0 1" audit --as-of $as_of --baseline "$outd/$n.baseline.json" "$s"
  step "0 1" audit --as-of 2027-06-01 --lang en --baseline "$outd/$n.baseline.json" --format "json=$outd/$n.later.json" "$s"
  step "0 1" diff "$outd/$n.json" "$outd/$n.later.json"
  step "0 1" diff --lang en --fail-on merknad "$outd/$n.later.json" "$outd/$n.json"
done
step 0 report rapport.json
step 0 report --lang en rapport.json -o "$outd/rapport.html"
step "0 1" audit --as-of $as_of --profil recovery --jobs 2 --format "html=$outd/recovery.html" "${ex[@]}"
step 0 rules list
step 0 rules list --format json
step 0 rules list --lang en --rules pakke
step 0 rules show S1-ROTASJON
step 0 rules show LOKAL-ROTASJON --lang en --rules pakke
step 0 rules tags
step 0 rules docs "$outd/docs"
step 0 rules docs "$outd/docs" --rules pakke
step 0 schema
step 0 schema --rules pakke
step 0 init "$outd/ny" --nivå kommune --målgrupper unge,voksne
step 0 init "$outd/ny-dps" --nivå spesialisthelsetjeneste --målgrupper voksne --helseinstitusjon --lang en
step 2 init "$outd/ny" --nivå kommune --målgrupper unge,voksne
step 0 --version
step 0 --help
step 0 audit --help
step 2 audit --as-of $as_of --format "sarif=$outd/finnes-ikke/x.sarif" examples/bup
for f in examples.text examples.sarif examples.junit examples.html rapport.html recovery.html S1-ROTASJON-fires.json S1-ROTASJON-fires.baseline.json \
  examples-bup.later.json docs/README.md docs/S1-ROTASJON.md ny/tjeneste.yaml ny-dps/tjeneste.yaml; do
  [ -s "$outd/$f" ] || unexpected+=("$outd/$f was not written")
done
cd "$tmp"
snapshot >"$tmp/inputs.after"
if cmp -s "$tmp/inputs.before" "$tmp/inputs.after" && [ ${#unexpected[@]} = 0 ]; then
  ok "inputs never written: every subcommand on examples/ and S1-ROTASJON; no file changed, none added"
else
  fail "inputs never written: every subcommand on examples/ and S1-ROTASJON; no file changed, none added" \
    "$(diff "$tmp/inputs.before" "$tmp/inputs.after" | head -20)" "${unexpected[@]}"
fi

# ---------------------------------------------------------------------------------------------------
# 6. Deterministic output: 10 runs of each format give the same bytes (also across TZ and locale).

cd "$root"
for f in text json sarif junit markdown github html; do
  for i in 1 2 3 4 5 6 7 8 9 10; do
    if [ $((i % 2)) = 0 ]; then env=(TZ=Pacific/Kiritimati LC_ALL=C); else env=(TZ=America/Adak LANG=nb_NO.UTF-8); fi
    env "${env[@]}" "$medvirk" audit --as-of $as_of --all --format $f examples/kommune-med-mangler examples/bup \
      >"$tmp/det.$f.$i" 2>&1
  done
  n=$(cat "$tmp"/det.$f.* | wc -c)
  distinct=$(sha256sum "$tmp"/det.$f.* | awk '{print $1}' | sort -u | wc -l)
  if [ "$distinct" = 1 ] && [ "$n" -gt 1000 ]; then
    ok "deterministic: 10 runs of --format $f are byte-identical"
  else
    fail "deterministic: 10 runs of --format $f are byte-identical" "$distinct different outputs ($n bytes in all)"
  fi
done
cd "$tmp"

# ---------------------------------------------------------------------------------------------------
# 7. Atomic report files: an interrupted write leaves no partial file (docs/report-format.md).

mkdir -p atomic/out
cd atomic
# 300 KB: the results (about 150 KB, kept in a temporary file until the end) fit; the log (750 KB) does not.
( trap '' XFSZ; ulimit -f 300; timeout 60 "$medvirk" audit --as-of $as_of --format sarif=out/report.sarif "$root/examples/kommune-med-mangler" \
    >"$tmp/xfsz.out" 2>"$tmp/xfsz.err"; echo $? >"$tmp/xfsz.st" )
st=$(cat "$tmp/xfsz.st")
left=$(ls -A out)
if [ "$st" = 2 ] && [ -z "$left" ] && grep -q '^medvirk: feil: kan ikke skrive out/report.sarif' "$tmp/xfsz.err"; then
  ok "SARIF write over the file-size limit: exit 2, «kan ikke skrive out/report.sarif», nothing left in out/"
else
  fail "SARIF write over the file-size limit: exit 2, «kan ikke skrive out/report.sarif», nothing left in out/" \
    "exit $st; left in out/: ${left:-nothing}" "$(show "$tmp/xfsz.err" 300)"
fi
# 8 KB: the temporary file of the results cannot be written either; nothing is written at all.
( trap '' XFSZ; ulimit -f 8; timeout 60 "$medvirk" audit --as-of $as_of --format sarif=out/report.sarif "$root/examples/kommune-med-mangler" \
    >"$tmp/xfsz3.out" 2>"$tmp/xfsz3.err"; echo $? >"$tmp/xfsz3.st" )
st=$(cat "$tmp/xfsz3.st")
left=$(ls -A out)
if [ "$st" = 2 ] && [ -z "$left" ] && grep -q '^medvirk: feil: kan ikke skrive den midlertidige filen for rapporten' "$tmp/xfsz3.err"; then
  ok "results over the file-size limit in the temporary file: exit 2, a message, nothing left in out/"
else
  fail "results over the file-size limit in the temporary file: exit 2, a message, nothing left in out/" \
    "exit $st; left in out/: ${left:-nothing}" "$(show "$tmp/xfsz3.err" 300)"
fi
# No room for the temporary file at all: TMPDIR names no folder.
TMPDIR=$tmp/finnes-ikke "$medvirk" audit --as-of $as_of --format sarif=out/report.sarif "$root/examples/kommune-med-mangler" \
    >/dev/null 2>"$tmp/tmpdir.err" && st=0 || st=$?
left=$(ls -A out)
if [ "$st" = 2 ] && [ -z "$left" ] && grep -q "^medvirk: feil: kan ikke skrive den midlertidige filen for rapporten i $tmp/finnes-ikke: No such file or directory" "$tmp/tmpdir.err"; then
  ok "TMPDIR that is no folder: exit 2, the folder and the reason named, nothing left in out/"
else
  fail "TMPDIR that is no folder: exit 2, the folder and the reason named, nothing left in out/" \
    "exit $st; left in out/: ${left:-nothing}" "$(show "$tmp/tmpdir.err" 300)"
fi
"$medvirk" audit --as-of $as_of --format sarif=out/report.sarif "$root/examples/kommune-med-mangler" >/dev/null
before=$(sha256sum out/report.sarif)
( trap '' XFSZ; ulimit -f 300; timeout 60 "$medvirk" audit --as-of $as_of --lang en --format sarif=out/report.sarif "$root/examples/kommune-med-mangler" \
    >/dev/null 2>&1; echo $? >"$tmp/xfsz2.st" )
st=$(cat "$tmp/xfsz2.st")
if [ "$st" = 2 ] && [ "$(sha256sum out/report.sarif)" = "$before" ] && [ "$(ls -A out)" = report.sarif ]; then
  ok "SARIF write over the file-size limit: the previous report stays intact"
else
  fail "SARIF write over the file-size limit: the previous report stays intact" "exit $st; out/: $(ls -A out | tr '\n' ' ')"
fi
run nodir "$medvirk" audit --as-of $as_of --format sarif=finnes-ikke/report.sarif "$root/examples/kommune-med-mangler"
if [ "$st" = 2 ] && [ ! -e finnes-ikke ] && [ ! -s "$tmp/nodir.out" ] && grep -q '^medvirk: feil: kan ikke skrive finnes-ikke/report.sarif' "$tmp/nodir.err"; then
  ok "report into a directory that does not exist: exit 2, «kan ikke skrive finnes-ikke/report.sarif»"
else
  fail "report into a directory that does not exist: exit 2, «kan ikke skrive finnes-ikke/report.sarif»" "exit $st" "$(show "$tmp/nodir.err" 300)"
fi
run isdir "$medvirk" audit --as-of $as_of --format sarif=out "$root/examples/kommune-med-mangler"
if [ "$st" = 2 ] && grep -q '^medvirk: feil: kan ikke skrive out' "$tmp/isdir.err" && ! grep -qi 'success' "$tmp/isdir.err" &&
  [ "$(ls -A out)" = report.sarif ]; then
  ok "report onto an existing directory: exit 2, a message with a true reason"
else
  fail "report onto an existing directory: exit 2, a message with a true reason" "exit $st; out/: $(ls -A out | tr '\n' ' ')" "$(show "$tmp/isdir.err" 300)"
fi
cd "$tmp"

# init and rules docs write several files; an interrupted write leaves no temporary file either.
( trap '' XFSZ; ulimit -f 1; timeout 60 "$medvirk" init skjelett --nivå kommune --målgrupper voksne >/dev/null 2>"$tmp/init-xfsz.err"; echo $? >"$tmp/init-xfsz.st" )
st=$(cat "$tmp/init-xfsz.st")
left=$(find skjelett -name '*.tmp' -o -name '*-tmp' 2>/dev/null | tr '\n' ' ')
if [ "$st" = 2 ] && [ -z "$left" ]; then
  ok "init over the file-size limit: exit 2, no temporary file left"
else
  fail "init over the file-size limit: exit 2, no temporary file left" "exit $st; left: ${left:-nothing}" "$(show "$tmp/init-xfsz.err" 300)"
fi
( trap '' XFSZ; ulimit -f 4; timeout 60 "$medvirk" rules docs regeldok >/dev/null 2>"$tmp/docs-xfsz.err"; echo $? >"$tmp/docs-xfsz.st" )
st=$(cat "$tmp/docs-xfsz.st")
left=$(find regeldok -name '*.tmp' -o -name '*-tmp' 2>/dev/null | tr '\n' ' ')
if [ "$st" = 2 ] && [ -z "$left" ]; then
  ok "rules docs over the file-size limit: exit 2, no temporary file left"
else
  fail "rules docs over the file-size limit: exit 2, no temporary file left" "exit $st; left: ${left:-nothing}" "$(show "$tmp/docs-xfsz.err" 300)"
fi

# ---------------------------------------------------------------------------------------------------
# 8. The limits in src/yaml/parse.hpp are the ones docs/format.md and docs/en/format.md document.

hpp=$root/src/yaml/parse.hpp
limit() { sed -n "s/^ *[a-z_]* $1 = \([0-9 *]*\);.*/\1/p" "$hpp"; }
bytes=$(($(limit max_file_bytes)))
depth=$(($(limit max_depth)))
nodes=$(($(limit max_nodes)))
docs_max=$(($(limit max_documents)))
nb() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[^0-9]\)/\1 \2\3/;ta'; }
en() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[^0-9]\)/\1,\2\3/;ta'; }
missing=()
have() { grep -qF -- "$2" "$1" && grep -F -- "$2" "$1" | grep -qF "$3" || missing+=("$1: no row with «$2» and «$3»"); }
if [ -z "$bytes" ] || [ "$bytes" = 0 ] || [ "$depth" = 0 ] || [ "$nodes" = 0 ] || [ "$docs_max" = 0 ]; then
  missing+=("could not read the limits from $hpp")
fi
have "$root/docs/format.md" "| $((bytes / 1024 / 1024)) MiB ($(nb $bytes) byte)" limit-size
have "$root/docs/format.md" "| $depth nivåer" limit-depth
have "$root/docs/format.md" "| $(nb $nodes)," limit-nodes
have "$root/docs/format.md" "| $docs_max dokumenter per fil" limit-documents
have "$root/docs/en/format.md" "| $((bytes / 1024 / 1024)) MiB ($(en $bytes) bytes)" limit-size
have "$root/docs/en/format.md" "| $depth levels" limit-depth
have "$root/docs/en/format.md" "| $(en $nodes)," limit-nodes
have "$root/docs/en/format.md" "| $docs_max documents per file" limit-documents
if [ ${#missing[@]} = 0 ]; then
  ok "limits documented: file size $bytes, depth $depth, nodes $nodes, documents $docs_max per file (nb and en)"
else
  fail "limits documented as in src/yaml/parse.hpp" "${missing[@]}"
fi

# ---------------------------------------------------------------------------------------------------
# Terminal and CI-log injection, YAML escapes, unclear errors (issue 13, items 7, 8 and 16).
# Values from input are shown escaped on terminals and in logs: no ESC, BEL, CR or bidi control
# reaches them raw, and no value spans lines (a newline could forge a finding or a «::error» line).

esc=$'\e' bel=$'\a' rlo=$'\u202e' lri=$'\u2066'
# raw FILE...: prints the files' lines that hold a raw control (other than tab and newline) or bidi
# control, or that begin a forged workflow command.
raw() { grep -naP '[\x00-\x08\x0b-\x1f\x7f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]|^::error file=forged' "$@" | head -5; }
mkset inject
printf 'type: tjeneste\nid: "phr\\e[31m-test"\nnavn: "Testvik\\e]0;pwned\\a\\r\\n::error file=forged::gotcha \\u202eevil\\u2066"\nnivå: kommune\nmålgrupper: [voksne]\n' \
  >inject/tjeneste.yaml
printf 'type: rutine\nid: samarbeid\ntittel: "Samarbeid\\n::error file=forged::x"\n' >"inject/r${esc}[2J${rlo}utine.yaml"
run inject-text "$medvirk" audit --as-of $as_of --all inject
bad=$(raw "$tmp/inject-text.out")
if [ "$st" = 1 ] && [ -z "$bad" ] && grep -qF 'Testvik\x1b]0;pwned\x07\r\n::error file=forged::gotcha \u202eevil\u2066' "$tmp/inject-text.out" &&
   grep -qF 'inject/r\x1b[2J\u202eutine.yaml:' "$tmp/inject-text.out" && grep -qF 'Tjeneste phr\x1b[31m-test (' "$tmp/inject-text.out"; then
  ok "text format: controls and bidi characters in values and file names are shown escaped, one value per line"
else
  fail "text format: controls and bidi characters in values and file names are shown escaped" "exit $st" "$bad" "$(show "$tmp/inject-text.out" 400 | cat -v)"
fi
run inject-github "$medvirk" audit --as-of $as_of --format github inject
bad=$(raw "$tmp/inject-github.out"; grep -nvaE '^::(error|warning|notice) file=' "$tmp/inject-github.out" | head -3)
if [ "$st" = 1 ] && [ -s "$tmp/inject-github.out" ] && [ -z "$bad" ] && grep -qF 'file=inject/r\x1b[2J\u202eutine.yaml,' "$tmp/inject-github.out"; then
  ok "github format: a newline and «::error» in a value forge no workflow command; ESC and bidi escaped"
else
  fail "github format: a newline and «::error» in a value forge no workflow command" "exit $st" "$bad"
fi
# The data formats carry the values exactly, escaped by their own rules (JSON \u001b, XML has no ESC).
run inject-json "$medvirk" audit --as-of $as_of --format json inject
run inject-sarif "$medvirk" audit --as-of $as_of --format sarif inject
run inject-junit "$medvirk" audit --as-of $as_of --format junit inject
if python3 - "$tmp" <<'PY'
import json, sys, xml.etree.ElementTree as ET
tmp = sys.argv[1]
name = "Testvik\x1b]0;pwned\x07\r\n::error file=forged::gotcha \u202eevil\u2066"
raw = open(f"{tmp}/inject-json.out", "rb").read()
assert b"\x1b" not in raw and b"\r" not in raw and b"\\u001b" in raw, "JSON: ESC not escaped"
report = json.loads(raw)
assert any(s.get("navn") == name for s in report["tjenester"]), "JSON: the name is not carried exactly"
sarif = open(f"{tmp}/inject-sarif.out", "rb").read()
assert b"\x1b" not in sarif and b"\r" not in sarif, "SARIF: raw ESC or CR"
uris = [a["location"]["uri"] for r in json.loads(sarif)["runs"] for a in r["artifacts"]]
assert "inject/r%1B%5B2J%E2%80%AEutine.yaml" in uris, f"SARIF: the file name is not percent-encoded: {uris}"
junit = open(f"{tmp}/inject-junit.out", "rb").read()
assert b"\x1b" not in junit and b"\x07" not in junit, "JUnit: a control character XML cannot carry"
ET.fromstring(junit)
PY
then
  ok "json, sarif, junit: ESC, CR and bidi in values and file names escaped by the format's rules and carried exactly"
else
  fail "json, sarif, junit: values with controls escaped by the format's rules" "$(show "$tmp/inject-json.err")"
fi
# diff prints the service, document and rule of each finding: escaped too.
mkset plain
run plain-json "$medvirk" audit --as-of $as_of --format json plain
cp "$tmp/plain-json.out" old.json
cp "$tmp/inject-json.out" new.json
run inject-diff "$medvirk" diff old.json new.json
bad=$(raw "$tmp/inject-diff.out")
if [ "$st" = 1 ] && [ -z "$bad" ] && grep -qF '  phr\x1b[31m-test ' "$tmp/inject-diff.out"; then
  ok "diff: values from the reports shown escaped"
else
  fail "diff: values from the reports shown escaped" "exit $st" "$bad" "$(show "$tmp/inject-diff.out" | cat -v)" "$(show "$tmp/inject-diff.err")"
fi
# stderr: a diagnostic quoting a hostile key, in a hostile file name, is one line.
mkset inject-err
printf 'type: tjeneste\nid: x\nnavn: y\nnivå: kommune\nmålgrupper: [voksne]\n"k\\e[2J\\n::error file=forged::k\\u202e": 1\n' >inject-err/tjeneste.yaml
run inject-err "$medvirk" validate inject-err
expect "stderr: a diagnostic quoting a key with ESC, a newline and a bidi control stays one line" inject-err 2 \
'inject-err/tjeneste.yaml:6:1: feil: ukjent nøkkel «k\x1b[2J\n::error file=forged::k\u202e» i «tjeneste» [unknown-key]
medvirk: feil: 1 feil i 1 filer'
# rules list and rules show: rule-pack text is input like any other.
mkdir -p inject-pack
python3 - "$root/examples/lokal-regelpakke-baerum/regler/baerum.yaml" inject-pack/pakke.yaml <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
old = "nb: Det er en recoverykontakt i hver avdeling"
assert old in text
text = text.replace(old, 'nb: "Recovery\\e[31m\\n::error file=forged::x\\u202e"', 1)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
run inject-rules "$medvirk" rules list --rules inject-pack
run inject-show "$medvirk" rules show BAERUM-RECOVERYKONTAKT --rules inject-pack
bad=$(raw "$tmp/inject-rules.out" "$tmp/inject-show.out")
want='Recovery\x1b[31m\n::error file=forged::x\u202e'
if [ -z "$bad" ] && grep -qF "BAERUM-RECOVERYKONTAKT" "$tmp/inject-rules.out" && grep -qF "$want" "$tmp/inject-rules.out" &&
   grep -qF "BAERUM-RECOVERYKONTAKT: $want" "$tmp/inject-show.out"; then
  ok "rules list and rules show: rule-pack text shown escaped"
else
  fail "rules list and rules show: rule-pack text shown escaped" "$bad" "$(show "$tmp/inject-rules.err")" "$(show "$tmp/inject-show.out" 300 | cat -v)"
fi
# Option errors quote the argument escaped.
run inject-opt "$medvirk" validate "--x${esc}[2J" plain
expect "an unknown option with ESC is named escaped" inject-opt 2 \
'medvirk: feil: ukjent valg «--x\x1b[2J»; se «medvirk validate --help»'
rm -rf inject inject-err inject-pack plain old.json new.json

# Item 8: YAML escapes that yaml-cpp decodes to single Latin-1 bytes (\N is U+0085, \_ U+00A0) are
# read as the UTF-8 characters they stand for: validate and every format agree, nothing dies.
mkset yescape
printf 'type: tjeneste\nid: phr-test\nnavn: "A\\NB\\_C\\LD\\PE"\nnivå: kommune\nmålgrupper: [voksne]\n' >yescape/tjeneste.yaml
run yescape-validate "$medvirk" validate yescape
details=()
[ "$st" = 0 ] || details+=("validate exited $st: $(cat "$tmp/yescape-validate.err")")
for f in json sarif html junit markdown github text; do
  run "yescape-$f" "$medvirk" audit --as-of $as_of --format "$f" yescape
  [ "$st" = 1 ] || details+=("--format $f exited $st: $(head -c 300 "$tmp/yescape-$f.err")")
  python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$tmp/yescape-$f.out" 2>/dev/null ||
    details+=("--format $f: output is not UTF-8")
done
python3 -c '
import json, sys
names = [s["navn"] for s in json.load(open(sys.argv[1]))["tjenester"]]
assert names == ["A\u0085B\u00a0C\u2028D\u2029E"], names' "$tmp/yescape-json.out" 2>/dev/null || details+=("JSON: navn is not A U+0085 B U+00A0 C U+2028 D U+2029 E")
grep -qF 'phr-test (A\u0085B'$'\u00a0''C\u2028D\u2029E)' "$tmp/yescape-text.out" || details+=("text: $(grep -a Tjeneste "$tmp/yescape-text.out")")
if [ ${#details[@]} = 0 ]; then
  ok 'YAML escapes \N \_ \L \P: decoded to UTF-8, validate and all seven formats agree'
else
  fail 'YAML escapes \N \_ \L \P: decoded to UTF-8' "${details[@]}"
fi
rm -rf yescape

# A file name that is not UTF-8 cannot be carried by JSON, SARIF or HTML: a located input error in
# validate and audit alike, never «uventet feil» (unexpected error) naming no file.
mkset latin1
{ routine_head; } >"latin1/p"$'\xe5'"r"$'\xf8'"rende.yaml"
run latin1-validate "$medvirk" validate latin1
expect "a file name in Latin-1: located error in validate" latin1-validate 2 \
'latin1/p\xe5r\xf8rende.yaml: feil: filnavnet er ikke gyldig UTF-8 (lagret med en annen tegnkoding?); gi filen et nytt navn [invalid-utf8]
medvirk: feil: 1 feil i 2 filer'
run latin1-audit "$medvirk" audit --as-of $as_of --format json latin1
expect "a file name in Latin-1: the same error in audit --format json" latin1-audit 2 \
'latin1/p\xe5r\xf8rende.yaml: feil: filnavnet er ikke gyldig UTF-8 (lagret med en annen tegnkoding?); gi filen et nytt navn [invalid-utf8]
medvirk: feil: 1 feil i rutinesettet (2 filer lest); ingen rapport, fordi en revisjon av et ufullstendig rutinesett ville gitt et misvisende bilde'
rm -f latin1/*.yaml
mkset latin1
"$medvirk" baseline create "b"$'\xe6'".json" latin1 --as-of $as_of >/dev/null 2>&1
run latin1-baseline "$medvirk" audit --as-of $as_of --format json --baseline "b"$'\xe6'".json" latin1
expect "a --baseline name in Latin-1: a usage error naming it" latin1-baseline 2 \
'medvirk: feil: --baseline b\xe6.json: filnavnet er ikke gyldig UTF-8; gi filen et nytt navn'
rm -rf latin1 b*.json

# Item 16: errors that say what is wrong, and where.
mkset nulltitle
{ printf 'type: rutine\nid: samarbeid\ntittel: ~\n'; } >nulltitle/rutine.yaml
run nulltitle "$medvirk" validate nulltitle
expect "«tittel: ~» is pointed at the null value, not reported missing at 1:1" nulltitle 2 \
'nulltitle/rutine.yaml:3:9: feil: den påkrevde nøkkelen «tittel» i «rutine» har ingen verdi [missing-key]
medvirk: feil: 1 feil i 2 filer'
mkdir -p crlines
printf 'type: tjeneste\rid: x\rnavn: y\r' >crlines/tjeneste.yaml
run crlines "$medvirk" validate --lang en crlines
expect "lone-CR line breaks: their own located message" crlines 2 \
'crlines/tjeneste.yaml:1:15: error: line breaks that are a lone CR (carriage return, as in old Mac files) are not supported; save the file with ordinary line breaks (LF or CRLF) [yaml-syntax]
medvirk: error: 1 error(s) in 1 files'
mkset longkey
{ routine_head; printf 'mandat:\n  %s: x\n' "$(head -c 1100 /dev/zero | tr '\0' k)"; } >longkey/rutine.yaml
run longkey "$medvirk" validate longkey
expect "a key over 1,024 characters: its own located message" longkey 2 \
'longkey/rutine.yaml:5:3: feil: nøkkelen er 1100 tegn lang; YAML tillater høyst 1024 tegn i en nøkkel [yaml-key]
medvirk: feil: 1 feil i 2 filer'
mkset set
run dashset "$medvirk" validate -set
expect "«validate -set»: the unknown option named, with a did-you-mean" dashset 2 \
'medvirk: feil: ukjent valg «-set» (mente du «set»?); se «medvirk validate --help»'
run dashjobs "$medvirk" audit --lang en -jobs 2 set
expect "«audit -jobs 2»: did you mean --jobs" dashjobs 2 \
'medvirk: error: unknown option «-jobs» (did you mean «--jobs»?); see «medvirk audit --help»'
rm -rf nulltitle crlines longkey set

echo "hostile: $passed ok, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
