#!/usr/bin/env bash
# Checks every quote against the guideline texts with the shared tool, when it is present: the rules
# of the built-in packs with every profile (recovery), the local pack of examples/lokal-regelpakke-baerum,
# and the quotes of the coverage views (CHIME), which the tool reads as rules named «view:ID».
set -euo pipefail
medvirk=$1
tool=../shared/tools/check-quotes
if [ ! -x "$tool" ] && [ ! -f "$tool" ]; then
  echo "skipped: $tool not found"
  exit 77
fi
"$medvirk" rules list --format json --profil recovery --rules examples/lokal-regelpakke-baerum/regler | python3 -c '
import json, sys
data = json.load(sys.stdin)
views = [{"id": "view:" + v["id"], "sitat": v["sitat"]} for v in data.get("dekningsvisninger", [])]
if not views:
    sys.exit("no coverage view in the recovery profile")
json.dump({"regler": data["regler"] + views}, sys.stdout)' | python3 "$tool"
