#!/usr/bin/env bash
# Baselines and diffs survive lines moving: fingerprints hash rule, service, document and field
# path, never line numbers.
set -euo pipefail
medvirk=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! grep -qF -- "$2" "$1"; then echo "FAIL: expected «$2» in $1:"; cat "$1"; fail=1; fi; }

cp -r examples/dps-ungdom-voksne "$tmp/set"
cd "$tmp"
"$medvirk" baseline create baseline.json --as-of 2026-11-23 set >out.txt
check out.txt "skrev 9 funn til baseline.json"
"$medvirk" audit --as-of 2026-11-23 --format json=before.json set >/dev/null || true

# Move every line of two files down; nothing else changes.
for f in set/rutiner/tolk.yaml set/brukerutvalg.yaml; do
  { printf '# Flyttet ned av en kommentar\n# og en til\n\n'; cat "$f"; } >"$f.new" && mv "$f.new" "$f"
done
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline baseline.json set >moved.txt
rc=$?
set -e
[ $rc -eq 0 ] || { echo "FAIL: known findings after a line move fail the run (exit $rc)"; fail=1; }
check moved.txt "Grunnlinje baseline.json: 9 kjente funn er ikke vist; 0 er rettet siden."
if grep -qE '^set/.*: (avvik|merknad|forbedringspunkt) \[' moved.txt; then echo "FAIL: baselined findings are listed"; fail=1; fi
"$medvirk" audit --as-of 2026-11-23 --format json=moved.json set >/dev/null || true
"$medvirk" diff before.json moved.json >diff.txt
check diff.txt "Nye funn (0):"
check diff.txt "Rettet (0):"
check diff.txt "Uendret: 9"

# Fix one finding (the overdue review) and add a new one (an expired appointment).
sed -i 's/revideres: 2026-09-01/revideres: 2027-09-01/' set/rutiner/tolk.yaml
sed -i '0,/oppnevnt_til: 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]/s//oppnevnt_til: 2026-01-31/' set/brukerutvalg.yaml
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline baseline.json set >changed.txt
rc=$?
set -e
check changed.txt "merknad [S1-OPPNEVNING-GYLDIG]"
check changed.txt "er rettet siden."
if grep -q "0 er rettet siden" changed.txt; then echo "FAIL: the fixed finding is not counted as fixed"; fail=1; fi
[ $rc -eq 0 ] || { echo "FAIL: a new merknad fails the run with --fail-on avvik (exit $rc)"; fail=1; }
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline baseline.json --fail-on merknad set >/dev/null
rc=$?
set -e
[ $rc -eq 1 ] || { echo "FAIL: a new merknad does not fail the run with --fail-on merknad (exit $rc)"; fail=1; }
"$medvirk" audit --as-of 2026-11-23 --format json=changed.json set >/dev/null || true
set +e
"$medvirk" diff --fail-on merknad before.json changed.json >diff2.txt
rc=$?
set -e
check diff2.txt "Nye funn (1):"
check diff2.txt "[S1-OPPNEVNING-GYLDIG] merknad medlemmer"
check diff2.txt "[DOK-REVIDERES] merknad dokumentstyring.revideres"
[ $rc -eq 1 ] || { echo "FAIL: diff with a new merknad and --fail-on merknad exited $rc"; fail=1; }

# Not a baseline / not a report: clear errors, exit 2.
echo '{}' >bad.json
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline bad.json set >/dev/null 2>err.txt
rc=$?
set -e
[ $rc -eq 2 ] || { echo "FAIL: a bad baseline exited $rc"; fail=1; }
check err.txt "bad.json: feil: er ikke en grunnlinje fra «medvirk baseline create» [bad-baseline]"
exit $fail
