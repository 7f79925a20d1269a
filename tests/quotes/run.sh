#!/usr/bin/env bash
# Checks every rule's quote against the guideline texts with the shared tool, when it is present: the
# built-in packs with every profile (recovery), and the local pack of examples/lokal-regelpakke-baerum.
set -euo pipefail
medvirk=$1
tool=../shared/tools/check-quotes
if [ ! -x "$tool" ] && [ ! -f "$tool" ]; then
  echo "skipped: $tool not found"
  exit 77
fi
"$medvirk" rules list --format json --profil recovery --rules examples/lokal-regelpakke-baerum/regler | python3 "$tool"
