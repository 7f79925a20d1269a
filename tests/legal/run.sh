#!/usr/bin/env bash
# A finding states the law that binds the audited service: a municipality is never shown
# helseforetaksloven or spesialisthelsetjenesteloven, a specialist service never
# helse- og omsorgstjenesteloven (which binds the municipalities). Checked on every example and
# on every rule fixture, in the JSON report (which every other format is made from or agrees with)
# and in the text format.
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

n=0
for dir in examples/*/ examples/lokal-regelpakke-baerum/rutiner/ tests/rules/*/*/; do
  ls "$dir"/*.yaml > /dev/null 2>&1 || continue
  args=(--all --as-of 2026-11-23 --profil recovery)
  [ -d "$dir/../regler" ] && [ "$(basename "$dir")" = rutiner ] && args+=(--rules "$dir/../regler")
  n=$((n + 1))
  "$bin" audit "${args[@]}" --format json "$dir" > "$work/$n.json" 2>/dev/null || true
  "$bin" audit "${args[@]}" "$dir" > "$work/$n.txt" 2>/dev/null || true
  echo "$dir" > "$work/$n.dir"
done

python3 - "$work" "$n" <<'PY'
import json, re, sys
work, n = sys.argv[1], int(sys.argv[2])
specialist_law = re.compile(r"helseforetaksloven|spesialisthelsetjenesteloven")
# helse- og omsorgstjenesteloven § 6-1 is the exception: the agreements it requires bind the
# municipality and the regional health authority alike («pålegger kommunen og regionalt
# helseforetak», S2 Begrunnelse).
municipal_law = re.compile(r"helse- og omsorgstjenesteloven(?! § 6-1)")
problems = []
checked = 0
for i in range(1, n + 1):
    where = open(f"{work}/{i}.dir").read().strip()
    try:
        report = json.load(open(f"{work}/{i}.json"))
    except ValueError:
        continue  # a fixture of an input error
    for s in report["tjenester"]:
        # The level is in the service document.
        text = open(s["fil"], encoding="utf-8").read()
        m = re.search(r"^nivå:\s*(\S+)", text, re.M)
        level = m.group(1) if m else None
        wrong = specialist_law if level == "kommune" else municipal_law if level == "spesialisthelsetjeneste" else None
        if not wrong:
            continue
        for r in s["resultater"]:
            if r["grad"] == "ikke_relevant":
                continue  # a rule that does not apply binds nothing
            checked += 1
            for law in r.get("hjemmel", []):
                if wrong.search(law):
                    problems.append(f"{where}: {s['id']} ({level}): {r['regel']} shows «{law}»")
        for a in s["råd"]:
            for law in a.get("hjemmel", []):
                if wrong.search(law):
                    problems.append(f"{where}: {s['id']} ({level}): advice {a['id']} shows «{law}»")
    # The text format shows the same filtered list.
    txt = open(f"{work}/{i}.txt", encoding="utf-8").read()
    levels = set(re.findall(r"^nivå:\s*(\S+)", "".join(open(s["fil"], encoding="utf-8").read() for s in report["tjenester"]), re.M))
    if levels == {"kommune"} and specialist_law.search(txt):
        problems.append(f"{where}: the text report shows specialist-sector law to a municipality")
    if levels == {"spesialisthelsetjeneste"} and municipal_law.search(txt):
        problems.append(f"{where}: the text report shows municipal law to a specialist service")
for p in problems:
    print(p)
print(f"{checked} results checked, {len(problems)} problem(s)", file=sys.stderr)
if checked == 0:
    print("nothing was checked", file=sys.stderr)
    sys.exit(1)
sys.exit(1 if problems else 0)
PY
