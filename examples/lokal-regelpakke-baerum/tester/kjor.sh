#!/bin/sh
# Kjører testrutinesettene i tester/: hver regel skal gi funn i fires/ og være oppfylt i passes/.
# Runs the test routine sets in tester/: each rule must give a finding in fires/ and pass in passes/.
# Bruk / usage, fra roten av repoet / from the root of the repository:  sh tester/kjor.sh
status=0
for t in tester/*/; do
  id=$(basename "$t")
  fires=$(medvirk audit --as-of 2026-11-23 --all --fail-on aldri --profil recovery "${t}fires" --rules regler/ |
    grep -oE ": (avvik|merknad|forbedringspunkt) \[$id\]" | sed -E 's/^: ([a-z]+) .*/\1/' | sort -u)
  passes=$(medvirk audit --as-of 2026-11-23 --all --fail-on aldri --profil recovery "${t}passes" --rules regler/ |
    grep -oE ": (avvik|merknad|forbedringspunkt|oppfylt) \[$id\]" | sed -E 's/^: ([a-z]+) .*/\1/' | sort -u)
  if [ -n "$fires" ] && [ "$passes" = oppfylt ]; then
    echo "ok    $id: $fires i fires/, oppfylt i passes/"
  else
    echo "FEIL  $id: «${fires:-ingen funn}» i fires/, «${passes:-ikke vurdert}» i passes/"
    status=1
  fi
done
exit $status
