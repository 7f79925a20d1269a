#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 60), seeded from the examples, the rule
# packs and the bad-input corpus, after replaying the committed regression inputs.
# Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]      (make fuzz-smoke; docs/fuzzing.md)
set -euo pipefail
build=$1
seconds=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$build/fuzz-work"
rm -rf "$work/corpus"
mkdir -p "$work/corpus"/{loader,pack,audit} "$work/artifacts"

seed() {  # seed TARGET FILE…
  local target=$1; shift
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "$work/corpus/$target/$(sha256sum "$f" | cut -c1-16)"
  done
}
cd "$root"
seed loader $(find examples tests/e2e/cases -path examples/ci -prune -o \( -name '*.yaml' -o -name '*.yml' \) -print | sort | head -400)
seed pack rules/nasjonal/*.yaml $(find tests/e2e/cases -path '*rulepack-*' -name '*.yaml' | sort)
seed audit $(find examples -path examples/ci -prune -o -name '*.yaml' ! -name 'tjeneste.yaml' -print | sort | head -40)

status=0
for target in loader pack audit; do
  bin="$build/fuzz_$target"
  regressions=(tests/fuzz/regressions/$target/*)
  if [ -e "${regressions[0]}" ]; then
    echo "== fuzz_$target: replaying ${#regressions[@]} regression input(s)"
    "$bin" -runs=1 "${regressions[@]}" >"$work/$target-replay.log" 2>&1 || { cat "$work/$target-replay.log"; status=1; }
  fi
  echo "== fuzz_$target: ${seconds}s"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$work/artifacts/$target-" "$work/corpus/$target" >"$work/$target.log" 2>&1; then
    tail -60 "$work/$target.log"
    echo "FAIL: fuzz_$target found a problem; the input is in $work/artifacts/ — add it to tests/fuzz/regressions/$target/"
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | sed 's/^/   /'
  fi
done
exit $status
