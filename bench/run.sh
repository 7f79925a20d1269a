#!/usr/bin/env bash
# The benchmark of docs/performance.md: medvirk audit (--jobs 1 and 2), bare yaml-cpp loading and
# Spectral on the same generated corpora, timed with hyperfine, peak memory with /usr/bin/time -v.
# Writes the results table into docs/performance.md between its bench markers.
#
#   bench/run.sh [BUILD_DIR]      (make bench configures and builds BUILD_DIR=build-bench first)
#
# Environment:
#   BENCH_SIZES     corpus sizes in documents (default "100 1000 10000")
#   BENCH_50K=1     add the 50,000-document corpus (Spectral is skipped there; see BENCH_SPECTRAL_MAX)
#   BENCH_SEED      corpus seed (default 1)
#   BENCH_RUNS      rounds per corpus, each command once a round (default 5; Spectral 2 on the 10,000)
#   BENCH_SPECTRAL_MAX  largest corpus Spectral runs on (default 10000)
#   BENCH_NO_DOC=1  print the table but leave docs/performance.md alone
#   BENCH_TABLE_ONLY=1  measure nothing: make the table again from the last run's results
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build-bench}" && pwd)
MEDVIRK=$BUILD/medvirk
CORPUS_GEN=$BUILD/bench/medvirk-corpus
YAML_LOAD=$BUILD/bench/medvirk-yaml-load
SPECTRAL=$ROOT/bench/node_modules/.bin/spectral
RULESET=$ROOT/bench/spectral/ruleset.yaml
DOC=$ROOT/docs/performance.md
AS_OF=2026-11-23
SEED=${BENCH_SEED:-1}
SIZES=${BENCH_SIZES:-"100 1000 10000"}
[ "${BENCH_50K:-0}" = 1 ] && SIZES="$SIZES 50000"
RUNS=${BENCH_RUNS:-5}
SPECTRAL_MAX=${BENCH_SPECTRAL_MAX:-10000}
HEADLINE=10000
CORPORA=$BUILD/bench-corpora
RESULTS=$BUILD/bench-results

for tool in "$MEDVIRK" "$CORPUS_GEN" "$YAML_LOAD"; do
  [ -x "$tool" ] || { echo "missing $tool: build with -DMEDVIRK_BENCH=ON (make bench does)" >&2; exit 2; }
done

# --- tools: hyperfine and GNU time from Debian, Spectral from npm into bench/node_modules ---------
missing=""
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
[ -x /usr/bin/time ] || missing="$missing time"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
  else
    echo "bench/run.sh needs:$missing — install them with: sudo apt-get install$missing" >&2
    exit 2
  fi
fi
if [ ! -x "$SPECTRAL" ]; then
  echo "Installing Spectral (bench/package-lock.json) into bench/node_modules"
  (cd "$ROOT/bench" && npm ci --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$CORPORA" "$RESULTS"

# --- corpora: keyed by size, seed and the generator and tag list that made them --------------------
"$MEDVIRK" rules tags > "$CORPORA/tags.txt"
KEY=$(cat "$CORPUS_GEN" "$CORPORA/tags.txt" | sha256sum | cut -c1-10)
corpus_dir() { echo "$CORPORA/docs-$1-seed-$SEED-$KEY"; }
median() { grep -o '"median": *[0-9.e+-]*' "$1" | head -1 | sed 's/.*: *//'; }
JOBS=0
"$MEDVIRK" audit --help | grep -q -- '--jobs' && JOBS=1

if [ "${BENCH_TABLE_ONLY:-0}" != 1 ]; then
rm -f "$RESULTS"/*.json "$RESULTS"/*.times "$RESULTS"/*.rss "$RESULTS"/table.md
for n in $SIZES; do
  dir=$(corpus_dir "$n")
  if [ ! -d "$dir" ]; then
    rm -rf "$dir.tmp"
    "$CORPUS_GEN" --documents "$n" --seed "$SEED" --tags "$CORPORA/tags.txt" --as-of "$AS_OF" "$dir.tmp"
    "$MEDVIRK" validate "$dir.tmp" >/dev/null   # every generated file must load
    mv "$dir.tmp" "$dir"
  fi
done

# --- what is measured -----------------------------------------------------------------------------
# SARIF to /dev/null: the problems in a machine format, like Spectral's JSON below.
AUDIT="$MEDVIRK audit --as-of $AS_OF --fail-on aldri --quiet --format sarif=/dev/null"
declare -a LABELS CMDS
LABELS=(); CMDS=()
if [ "$JOBS" = 1 ]; then
  LABELS+=(jobs1 jobs2); CMDS+=("$AUDIT --jobs 1 @DIR@" "$AUDIT --jobs 2 @DIR@")
else
  echo "note: this medvirk has no --jobs; timing the default audit as --jobs 1, no --jobs 2"
  LABELS+=(jobs1); CMDS+=("$AUDIT @DIR@")
fi
LABELS+=(loadall events read spectral)
CMDS+=("$YAML_LOAD --mode load @DIR@" "$YAML_LOAD --mode events @DIR@" "$YAML_LOAD --mode read @DIR@"
       "$SPECTRAL lint --quiet -r $RULESET -f json -o /dev/null --fail-severity error '@DIR@/**/*.yaml'")

# Spectral exits 1 when it reports errors; only the memory figure matters here.
peak_kb() { { /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident set size/ {print $2}'; }

# Rounds: every command once per round, in turn, so that a slow spell of the shared machine
# weighs on all of them alike rather than on whichever command it fell on; the median of the
# rounds is the figure. One warm-up round first (not for Spectral on the headline corpus: a
# quarter of a minute a run).
for n in $SIZES; do
  dir=$(corpus_dir "$n")
  rounds=$RUNS
  spectral_rounds=$RUNS; [ "$n" -ge "$HEADLINE" ] && spectral_rounds=2
  rm -f "$RESULTS/$n"-*.times
  for round in $(seq 0 "$rounds"); do
    what="round $round of $rounds"; [ "$round" = 0 ] && what="warm-up round"
    echo "== $n documents: $what"
    for i in "${!LABELS[@]}"; do
      label=${LABELS[$i]}
      if [ "$label" = spectral ]; then
        [ "$n" -gt "$SPECTRAL_MAX" ] && continue
        [ "$round" -gt "$spectral_rounds" ] && continue
        [ "$round" = 0 ] && [ "$n" -ge "$HEADLINE" ] && continue
      fi
      cmd=${CMDS[$i]//@DIR@/$dir}
      hyperfine --style none -N -i --runs 1 --export-json "$RESULTS/run.json" "$cmd" >/dev/null
      [ "$round" = 0 ] || median "$RESULTS/run.json" >> "$RESULTS/$n-$label.times"
    done
  done
  for i in "${!LABELS[@]}"; do
    label=${LABELS[$i]}
    [ -f "$RESULTS/$n-$label.times" ] || continue
    peak_kb "${CMDS[$i]//@DIR@/$dir}" > "$RESULTS/$n-$label.rss"
  done
done

# One service of 20 files: the pre-commit case (target well under 50 ms wall).
one=""
for d in "$(corpus_dir "$(echo "$SIZES" | awk '{print $NF}')")"/*/; do
  [ "$(find "$d" -name '*.yaml' | wc -l)" = 20 ] && { one=$d; break; }
done
if [ -n "$one" ]; then
  echo "== one service of 20 files: $one"
  hyperfine --style basic -N --warmup 5 --runs 50 --export-json "$RESULTS/service20.json" \
    "$MEDVIRK audit --as-of $AS_OF --fail-on aldri $one" >/dev/null
fi

fi  # BENCH_TABLE_ONLY

# --- the table --------------------------------------------------------------------------------------
# The median of a command's rounds.
secs() {
  [ -f "$RESULTS/$1-$2.times" ] || { echo ""; return; }
  sort -g "$RESULTS/$1-$2.times" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
fmt_s() { [ -n "$1" ] && awk -v s="$1" 'BEGIN { if (s < 1) printf "%.0f ms", s * 1000; else printf "%.2f s", s }' || echo "–"; }
fmt_mb() { [ -f "$RESULTS/$1-$2.rss" ] && [ -s "$RESULTS/$1-$2.rss" ] && awk -v k="$(cat "$RESULTS/$1-$2.rss")" 'BEGIN { printf "%.0f MB", k / 1024 }' || echo "–"; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }' || echo "–"; }
# The lowest and highest ratio of the two commands' times in the same round.
spread() {
  [ -f "$RESULTS/$1-$2.times" ] && [ -f "$RESULTS/$1-$3.times" ] || { echo "–"; return; }
  paste "$RESULTS/$1-$2.times" "$RESULTS/$1-$3.times" |
    awk 'NF == 2 { r = $1 / $2; if (n == 0 || r < lo) lo = r; if (n == 0 || r > hi) hi = r; n++ }
         END { if (n) printf "%.2f–%.2f× (%d)", lo, hi, n; else print "–" }'
}

table=$(mktemp)
{
  echo "Målt / measured $(date -u +%Y-%m-%d), medvirk $("$MEDVIRK" --version | head -1 | awk '{print $NF}'), seed $SEED, revisjonsdato / audit date $AS_OF."
  echo
  echo "Median veggklokketid over $RUNS runder, kommandoene etter tur / median wall time over $RUNS rounds, the commands in turn (hyperfine):"
  echo
  echo "| dokumenter / documents | MB | medvirk --jobs 1 | medvirk --jobs 2 | yaml-cpp LoadAll | yaml-cpp events | bare lesing / read only | Spectral |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    mb=$(du -sk --apparent-size "$(corpus_dir "$n")" | awk '{printf "%.1f", $1 / 1024}')
    echo "| $n | $mb | $(fmt_s "$(secs "$n" jobs1)") | $(fmt_s "$(secs "$n" jobs2)") | $(fmt_s "$(secs "$n" loadall)") | $(fmt_s "$(secs "$n" events)") | $(fmt_s "$(secs "$n" read)") | $(fmt_s "$(secs "$n" spectral)") |"
  done
  echo
  echo "Høyeste minnebruk / peak memory (maximum resident set size, /usr/bin/time -v):"
  echo
  echo "| dokumenter / documents | medvirk --jobs 1 | medvirk --jobs 2 | yaml-cpp LoadAll | Spectral |"
  echo "|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    echo "| $n | $(fmt_mb "$n" jobs1) | $(fmt_mb "$n" jobs2) | $(fmt_mb "$n" loadall) | $(fmt_mb "$n" spectral) |"
  done
  echo
  h=$HEADLINE
  echo "Forholdstall på $h dokumenter / ratios on $h documents:"
  echo
  echo "| forhold / ratio | mål / target | målt / measured | per runde / per round (runder / rounds) |"
  echo "|---|---:|---:|---:|"
  echo "| Spectral / medvirk --jobs 2 | ≥ 5× | $(ratio "$(secs $h spectral)" "$(secs $h jobs2)") | $(spread $h spectral jobs2) |"
  echo "| medvirk --jobs 1 / yaml-cpp LoadAll | ≤ 1.25× | $(ratio "$(secs $h jobs1)" "$(secs $h loadall)") | $(spread $h jobs1 loadall) |"
  echo "| medvirk --jobs 1 / --jobs 2 (speed-up) | ≥ 1.8× | $(ratio "$(secs $h jobs1)" "$(secs $h jobs2)") | $(spread $h jobs1 jobs2) |"
  echo "| Spectral / medvirk --jobs 1 | – | $(ratio "$(secs $h spectral)" "$(secs $h jobs1)") | $(spread $h spectral jobs1) |"
  echo "| medvirk --jobs 1 / yaml-cpp events (medvirk's own parser) | – | $(ratio "$(secs $h jobs1)" "$(secs $h events)") | $(spread $h jobs1 events) |"
  if [ -f "$RESULTS/service20.json" ]; then
    echo
    echo "Én tjeneste med 20 filer / one service of 20 files: $(fmt_s "$(median "$RESULTS/service20.json")") median (mål / target < 50 ms)."
  fi
  if [ "$JOBS" = 0 ]; then
    echo
    echo "Denne medvirk har ikke \`--jobs\`; kolonnen «--jobs 1» er standardkjøringen. / This medvirk has no \`--jobs\`; the «--jobs 1» column is the default audit."
  fi
} > "$table"

cat "$table"
cp "$table" "$RESULTS/table.md"
if [ "${BENCH_NO_DOC:-0}" != 1 ] && [ -f "$DOC" ]; then
  awk -v table="$table" '
    /<!-- bench:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip { print }' "$DOC" > "$DOC.tmp" && mv "$DOC.tmp" "$DOC"
  echo "wrote the table into ${DOC#$ROOT/}"
fi
rm -f "$table"
