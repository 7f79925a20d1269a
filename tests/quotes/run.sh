#!/usr/bin/env bash
# Checks every rule's quote against the guideline texts with the shared tool, when it is present.
set -euo pipefail
medvirk=$1
tool=../shared/tools/check-quotes
if [ ! -x "$tool" ] && [ ! -f "$tool" ]; then
  echo "skipped: $tool not found"
  exit 77
fi
"$medvirk" rules list --format json | python3 "$tool"
