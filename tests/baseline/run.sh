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
root=$PWD
cd "$tmp"
"$medvirk" baseline create baseline.json --as-of 2026-11-23 set >out.txt
check out.txt "skrev 12 funn til baseline.json"
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
check moved.txt "Grunnlinje baseline.json: 12 kjente funn er ikke vist; 0 er rettet siden."
if grep -qE '^set/.*: (avvik|merknad|forbedringspunkt) \[' moved.txt; then echo "FAIL: baselined findings are listed"; fail=1; fi
"$medvirk" audit --as-of 2026-11-23 --format json=moved.json set >/dev/null || true
"$medvirk" diff before.json moved.json >diff.txt
check diff.txt "Nye funn (0):"
check diff.txt "Rettet (0):"
check diff.txt "Uendret: 12"

# Fix one finding (the overdue review) and add a new one (an expired appointment).
sed -i 's/revideres: 2026-09-01/revideres: 2027-09-01/' set/rutiner/tolk.yaml
sed -i '0,/oppnevnt_til: 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]/s//oppnevnt_til: 2026-01-31/' set/brukerutvalg.yaml
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline baseline.json set >changed.txt
rc=$?
set -e
check changed.txt "forbedringspunkt [S1-OPPNEVNING-GYLDIG]"
check changed.txt "er rettet siden."
if grep -q "0 er rettet siden" changed.txt; then echo "FAIL: the fixed finding is not counted as fixed"; fail=1; fi
[ $rc -eq 0 ] || { echo "FAIL: a new forbedringspunkt fails the run with --fail-on avvik (exit $rc)"; fail=1; }
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline baseline.json --fail-on forbedringspunkt set >/dev/null
rc=$?
set -e
[ $rc -eq 1 ] || { echo "FAIL: a new forbedringspunkt does not fail the run with --fail-on forbedringspunkt (exit $rc)"; fail=1; }
"$medvirk" audit --as-of 2026-11-23 --format json=changed.json set >/dev/null || true
set +e
"$medvirk" diff --fail-on forbedringspunkt before.json changed.json >diff2.txt
rc=$?
set -e
check diff2.txt "Nye funn (1):"
check diff2.txt "[S1-OPPNEVNING-GYLDIG] forbedringspunkt medlemmer"
check diff2.txt "[DOK-REVIDERES] merknad dokumentstyring.revideres"
[ $rc -eq 1 ] || { echo "FAIL: diff with a new forbedringspunkt and --fail-on forbedringspunkt exited $rc"; fail=1; }

# Not a baseline / not a report: clear errors, exit 2.
echo '{}' >bad.json
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline bad.json set >/dev/null 2>err.txt
rc=$?
set -e
[ $rc -eq 2 ] || { echo "FAIL: a bad baseline exited $rc"; fail=1; }
check err.txt "bad.json: feil: er ikke en grunnlinje fra «medvirk baseline create» [bad-baseline]"
# Rule packs: a baseline and a report record theirs. Dropping --profil recovery does not make the
# recovery findings «rettet»: the mismatch is stated on stderr and those findings are not counted.
cp -r "$root/examples/kommune-recovery" rec
"$medvirk" baseline create rec-base.json --as-of 2026-11-23 --profil recovery rec >/dev/null
check rec-base.json '"id": "recovery"'
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline rec-base.json rec >rec.txt 2>rec.err
rc=$?
set -e
[ $rc -eq 0 ] || { echo "FAIL: audit without the baseline's profile exited $rc"; fail=1; }
check rec.txt "0 er rettet siden."
check rec.err "medvirk: advarsel: grunnlinjen ble laget med andre regelpakker (nasjonal 0.3.0, recovery 0.2.0) enn denne kjøringen (nasjonal 0.3.0); 3 funn fra regler som denne kjøringen ikke vurderte, telles ikke som rettet"
"$medvirk" audit --as-of 2026-11-23 --lang en --baseline rec-base.json rec >/dev/null 2>rec-en.err || true
check rec-en.err "medvirk: warning: the baseline was made with other rule packs (nasjonal 0.3.0, recovery 0.2.0) than this run (nasjonal 0.3.0); 3 finding(s) of rules that this run did not evaluate are not counted as fixed"
# The same packs: no warning.
"$medvirk" audit --as-of 2026-11-23 --profil recovery --baseline rec-base.json rec >/dev/null 2>same.err || true
[ ! -s same.err ] || { echo "FAIL: a baseline with the run's packs gives a warning:"; cat same.err; fail=1; }
"$medvirk" audit --as-of 2026-11-23 --profil recovery --format json=rec-old.json rec >/dev/null || true
"$medvirk" audit --as-of 2026-11-23 --format json=rec-new.json rec >/dev/null || true
"$medvirk" diff rec-old.json rec-new.json >rec-diff.txt 2>rec-diff.err
check rec-diff.txt "Rettet (0):"
check rec-diff.err "medvirk: advarsel: den gamle rapporten ble laget med andre regelpakker (nasjonal 0.3.0, recovery 0.2.0) enn den nye rapporten (nasjonal 0.3.0); 3 funn fra regler som den nye rapporten ikke vurderte, telles ikke som rettet"

# Unknown format versions are refused everywhere: diff (both sides), report and --baseline.
sed 's/"formatversjon": 1,/"formatversjon": 99,/' rec-new.json >v99.json
sed 's/"formatversjon": 1,/"formatversjon": 99,/' rec-base.json >v99-base.json
for cmd in "diff rec-old.json v99.json" "diff v99.json rec-old.json" "report v99.json"; do
  set +e
  "$medvirk" $cmd >/dev/null 2>v99.err
  rc=$?
  set -e
  [ $rc -eq 2 ] || { echo "FAIL: «medvirk $cmd» exited $rc"; fail=1; }
  check v99.err "v99.json: feil: rapporten har formatversjon 99, men denne versjonen av medvirk leser 1 [bad-report]"
done
set +e
"$medvirk" audit --as-of 2026-11-23 --baseline v99-base.json rec >/dev/null 2>v99.err
rc=$?
set -e
[ $rc -eq 2 ] || { echo "FAIL: a baseline of version 99 exited $rc"; fail=1; }
check v99.err "v99-base.json: feil: grunnlinjen har formatversjon 99, men denne versjonen av medvirk leser 1 [bad-baseline]"
exit $fail
