#!/usr/bin/env bash
# `--lang en` speaks English: every example audited in the human-readable formats, and every rule
# shown, must contain none of the tool's own Norwegian words. What is Norwegian by design is left
# out before the scan: quotes and values in «», the official advice titles, service names, file
# paths and the routine sets' own ids.
# (The advice titles and the rules' quotes are the guideline's words.)
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

"$bin" rules list --format json --profil recovery > "$work/rules.json"
for ex in examples/*/; do
  [ -f "$ex/tjeneste.yaml" ] || [ -n "$(ls "$ex"/*.yaml 2>/dev/null)" ] || continue
  name=$(basename "$ex")
  profile=()
  [ "$name" = kommune-recovery ] && profile=(--profil recovery)
  rules=()
  [ -d "$ex/regler" ] && rules=(--rules "$ex/regler")
  for fmt in text markdown junit github; do
    "$bin" audit --lang en --as-of 2026-11-23 --all --format "$fmt" "${profile[@]}" "${rules[@]}" \
      "$ex" > "$work/$name.$fmt" 2>&1 || true
  done
  "$bin" audit --lang en --as-of 2026-11-23 --format html "${profile[@]}" "${rules[@]}" "$ex" \
    > "$work/$name.html" 2>&1 || true
done
"$bin" rules list --lang en --profil recovery > "$work/rules-list.txt"
python3 - "$work/rules.json" > "$work/ids.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print("\n".join(r["id"] for r in d["regler"]))
PY
while read -r id; do
  "$bin" rules show --lang en --profil recovery "$id"
done < "$work/ids.txt" > "$work/rules-show.txt"

python3 - "$work" <<'PY'
import html, json, os, re, sys
work = sys.argv[1]
rules = json.load(open(os.path.join(work, "rules.json")))
titles = sorted({a["tittel"] for a in rules["råd"]} | {r["sitat"] for r in rules["regler"]},
                key=len, reverse=True)
# The routine sets' own words: every value of the examples' YAML (names, titles, steps,
# justifications).
names = set()
for dirpath, _, files in os.walk("examples"):
    for f in files:
        if f.endswith(".yaml"):
            current = None
            values = []
            for raw in open(os.path.join(dirpath, f), encoding="utf-8"):
                m = re.match(r"^\s*(?:-\s+)?(?:[^\s:#\"'][^:#]*:(?:\s+|$))?(.*?)\s*$", raw)
                starts = re.match(r"^\s*(-\s|[^\s:#][^:#]*:(\s|$))", raw)
                if starts:
                    current = [m.group(1)]
                    values.append(current)
                elif raw.strip() and current is not None:
                    current.append(raw.strip())
            for parts in values:
                v = " ".join(p for p in parts if p not in (">", "|", ">-", "|-")).strip()
                v = v.strip('"').strip("'")
                if len(v) >= 8:
                    names.add(v)
names = sorted(names, key=len, reverse=True)
# The tool's own Norwegian words: none of them is also an English word.
norwegian = set("""og ikke eller skal bør som av med til fra på har hjemmel rettslig bakgrunn funn
tiltak bevis grunn forbehold avvik merknad forbedringspunkt oppfylt nivå råd regel regler gjelder
mangler ingen poeng tjeneste tjenesten rutine rutinen rutiner rutinesettet dokumentet dokumenter
steg steget kommune spesialisthelsetjeneste individ sitat kilde lovkrav totalt delvis dekket
dekker revisjon begrunnelse fravik elementer ukjent""".split())
leaks = []
for name in sorted(os.listdir(work)):
    if name in ("rules.json", "ids.txt"):
        continue
    text = open(os.path.join(work, name), encoding="utf-8", errors="replace").read()
    if name.endswith(".html"):
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    example = False
    for n, line in enumerate(text.splitlines(), 1):
        # `rules show`: the example that passes is a routine in the (Norwegian) routine format.
        if line.startswith("Example that passes:"):
            example = True
            continue
        if example and line.startswith("  "):
            continue
        example = False
        scan = re.sub(r"\s+", " ", line)
        for t in titles:
            scan = scan.replace(t, " ")
        for s in names:
            scan = scan.replace(s, " ")
        scan = re.sub(r"«[^»]*»", " ", scan)
        # Names of laws, machine keys (JUnit properties, JSON) and coverage tags are Norwegian
        # by design.
        scan = re.sub(r"(?i)(legal basis|legal background|properties)\b.*", " ", scan)
        scan = re.sub(r"<!--.*", " ", scan)  # the JUnit header glosses its Norwegian keys
        scan = re.sub(r"<property\b[^>]*>|\btype=\"[^\"]*\"|\bdekker:\S*", " ", scan)
        scan = re.sub(r"[a-zæøå]+- og [a-zæøå]+loven|\b(?i:source)( [a-z0-9-]+)?: .*|\bof type \S+", " ", scan)
        scan = re.sub(r"\b[a-zæøå0-9]+(-[a-zæøå0-9]+)+\b", " ", scan)
        scan = re.sub(r"\S*_\S*", " ", scan)
        scan = re.sub(r"\S*[/\\]\S*|\S+\.ya?ml\S*|https?://\S+", " ", scan)
        scan = re.sub(r"\[[A-Z0-9-]+\]|\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\b", " ", scan)
        words = set(re.findall(r"[a-zæøå]+", scan.lower()))
        bad = sorted(words & norwegian)
        if bad:
            leaks.append(f"{name}:{n}: {', '.join(bad)}: {line.strip()[:160]}")
for l in leaks:
    print(l)
print(f"{len(leaks)} line(s) with Norwegian words in English output", file=sys.stderr)
sys.exit(1 if leaks else 0)
PY
