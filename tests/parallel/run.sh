#!/usr/bin/env bash
# --jobs and the progress bar:
#  1. every format, validate and baseline create give byte-identical output for --jobs 1, 2, 3 and 8
#     on a routine set of many services (copies of the examples under their own ids);
#  2. the progress bar is drawn on a terminal (a pseudo-terminal from `script`), and never when
#     standard error is not a terminal, with --quiet, or when a machine format goes to standard
#     output; it never reaches standard output.
set -euo pipefail
medvirk=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

corpus=$tmp/region
mkdir -p "$corpus"
for i in $(seq 1 6); do
  for e in kommune-oppfyller-nesten-alt kommune-med-mangler dps-ungdom-voksne bup kommune-oppfyller-s1; do
    cp -r "examples/$e" "$corpus/$e-$i"
    # Service ids are unique across a run: give each copy its own.
    sed -i "0,/^id: /s/^id: \(.*\)$/id: \1-$i/" "$corpus/$e-$i/tjeneste.yaml"
  done
done
# A service inside another's folder: its service document sorts before the outer one's by file
# name, but comes after it in folder order (the order batches are read in).
cp -r examples/bup "$corpus/bup-1/avd"
sed -i "0,/^id: /s/^id: \(.*\)$/id: \1-avd/" "$corpus/bup-1/avd/tjeneste.yaml"
n=$(find "$corpus" -name '*.yaml' | wc -l)

formats=(text json sarif junit markdown github html)
for j in 1 2 3 8; do
  args=()
  for f in "${formats[@]}"; do args+=(--format "$f=$tmp/j$j.$f"); done
  "$medvirk" audit --as-of 2026-06-01 --jobs "$j" "${args[@]}" "$corpus" >"$tmp/j$j.stdout" 2>"$tmp/j$j.stderr" || [ $? -eq 1 ]
  "$medvirk" validate --jobs "$j" "$corpus" >"$tmp/j$j.validate"
  "$medvirk" baseline create "$tmp/j$j.baseline" --as-of 2026-06-01 --jobs "$j" "$corpus" >/dev/null
done
for j in 2 3 8; do
  for f in "${formats[@]}" stdout stderr validate baseline; do
    if cmp -s "$tmp/j1.$f" "$tmp/j$j.$f"; then :; else bad "--jobs $j: $f differs from --jobs 1"; fi
  done
done
[ "$fail" -eq 0 ] && ok "every format, validate and baseline are identical for --jobs 1, 2, 3, 8 ($n files, 31 services)"
# Batches of whole services (normally 1,024 files or more): a batch per service, or a few per batch,
# give the same output as one batch.
before=$fail
for b in 1 40; do
  args=()
  for f in "${formats[@]}"; do args+=(--format "$f=$tmp/b$b.$f"); done
  MEDVIRK_BATCH_FILES=$b "$medvirk" audit --as-of 2026-06-01 --jobs 2 "${args[@]}" "$corpus" >"$tmp/b$b.stdout" 2>"$tmp/b$b.stderr" || [ $? -eq 1 ]
  MEDVIRK_BATCH_FILES=$b "$medvirk" validate --jobs 2 "$corpus" >"$tmp/b$b.validate"
  MEDVIRK_BATCH_FILES=$b "$medvirk" baseline create "$tmp/b$b.baseline" --as-of 2026-06-01 --jobs 2 "$corpus" >/dev/null
  for f in "${formats[@]}" stdout stderr validate baseline; do
    if cmp -s "$tmp/j1.$f" "$tmp/b$b.$f"; then :; else bad "batches of $b files: $f differs from one batch"; fi
  done
done
[ "$fail" -eq "$before" ] && ok "every format, validate and baseline are identical in batches of 1 and 40 files and in one batch"
grep -q '"id": "bup-sjostrand-6"' "$tmp/j1.json" || bad "the JSON report lacks the sixth copy of bup"
# Services are reported in the order of their service documents' files.
inner=$(grep -n '"id": "bup-sjostrand-avd"' "$tmp/j1.json" | head -1 | cut -d: -f1 || true)
outer=$(grep -n '"id": "bup-sjostrand-1"' "$tmp/j1.json" | head -1 | cut -d: -f1 || true)
[ -n "$inner" ] && [ -n "$outer" ] && [ "$inner" -lt "$outer" ] && ok "services in the order of their files (bup-1/avd/ before bup-1/)" \
  || bad "services are not in the order of their files: bup-1/avd/ at line ${inner:-none}, bup-1/ at ${outer:-none}"
"$medvirk" audit --jobs 0 "$corpus" >/dev/null 2>&1 && bad "--jobs 0 was accepted" || [ $? -eq 2 ] || bad "--jobs 0 did not exit 2"

# The progress bar, on a pseudo-terminal, with the one-second delay turned off.
if command -v script >/dev/null; then
  tty_run() {  # runs the command on a pseudo-terminal; its stdout and stderr both land in $out
    local out=$1; shift
    MEDVIRK_PROGRESS_DELAY_MS=0 script -qefc "$(printf '%q ' "$@")" /dev/null >"$out" 2>&1 || true
  }
  tty_run "$tmp/tty.out" "$medvirk" audit --as-of 2026-06-01 --jobs 2 --format json="$tmp/tty.json" "$corpus"
  if grep -aq "/$n filer" "$tmp/tty.out"; then ok "progress bar drawn on a terminal"; else bad "no progress bar on a terminal"; cat -v "$tmp/tty.out" | head -5; fi
  grep -aq $'\033\[K' "$tmp/tty.out" && ok "progress bar cleared at the end" || bad "the progress bar is not cleared"
  tty_run "$tmp/tty-en.out" "$medvirk" audit --lang en --as-of 2026-06-01 --format json="$tmp/tty.json" "$corpus"
  grep -aq "/$n files" "$tmp/tty-en.out" && ok "progress bar in English with --lang en" || bad "no English progress bar"
  tty_run "$tmp/tty-quiet.out" "$medvirk" audit --quiet --as-of 2026-06-01 --format json="$tmp/tty.json" "$corpus"
  grep -aq "filer/s" "$tmp/tty-quiet.out" && bad "progress bar drawn with --quiet" || ok "no progress bar with --quiet"
  tty_run "$tmp/tty-machine.out" "$medvirk" audit --as-of 2026-06-01 --format json "$corpus"
  grep -aq "filer/s" "$tmp/tty-machine.out" && bad "progress bar drawn with JSON on standard output" || ok "no progress bar with a machine format on standard output"
  # Without the delay override, a short run draws nothing.
  script -qefc "$(printf '%q ' "$medvirk" audit --as-of 2026-06-01 examples/bup)" /dev/null >"$tmp/tty-short.out" 2>&1 || true
  grep -aq "filer/s" "$tmp/tty-short.out" && bad "progress bar drawn for a short run" || ok "no progress bar for a run under a second"
else
  bad "script (util-linux) is missing; cannot test the progress bar"
fi
# Not a terminal: nothing on stderr but what the audit says anyway.
MEDVIRK_PROGRESS_DELAY_MS=0 "$medvirk" audit --as-of 2026-06-01 --format json="$tmp/p.json" "$corpus" >"$tmp/pipe.out" 2>"$tmp/pipe.err" || true
grep -aq "filer/s" "$tmp/pipe.err" "$tmp/pipe.out" && bad "progress bar drawn when standard error is not a terminal" || ok "no progress bar when standard error is not a terminal"
exit $fail
