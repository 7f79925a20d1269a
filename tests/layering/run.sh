#!/usr/bin/env bash
# Include layering (docs/architecture.md): a file in src/<layer>/ may include only its own layer and
# the layers below it. A lower layer including a higher one fails, naming the file and line.
#   tests/layering/run.sh [SOURCE_DIR]   (default: src)
set -euo pipefail
src=${1:-src}
# Lowest first. tools/ holds build-time tools, which link only the YAML layer.
layers=(core yaml model checks rules engine report baseline audit cli)
declare -A rank
for i in "${!layers[@]}"; do rank[${layers[$i]}]=$i; done
fail=0
checked=0
for dir in "$src"/*/; do
  layer=$(basename "$dir")
  if [ "$layer" = tools ]; then
    allowed_max=${rank[yaml]}
  elif [ -n "${rank[$layer]+x}" ]; then
    allowed_max=${rank[$layer]}
  else
    echo "FAIL: $dir is not a known layer; add it to tests/layering/run.sh and docs/architecture.md"
    fail=1
    continue
  fi
  while IFS= read -r file; do
    checked=$((checked + 1))
    while IFS=: read -r line target; do
      [ -n "$line" ] || continue
      if [ -z "${rank[$target]+x}" ]; then
        echo "FAIL: $file:$line includes \"$target/…\", which is not a layer"
        fail=1
      elif [ "${rank[$target]}" -gt "$allowed_max" ]; then
        echo "FAIL: $file:$line: $layer includes $target, a higher layer"
        fail=1
      fi
    done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[a-z_]+/' "$file" \
               | sed -E 's/^([0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]+"([a-z_]+)\/.*/\1:\2/')
  done < <(find "$dir" -type f \( -name '*.cpp' -o -name '*.hpp' \) | sort)
done
[ "$checked" -gt 0 ] || { echo "FAIL: no sources under $src"; exit 1; }
[ $fail -eq 0 ] && echo "layering: $checked files include only their own layer and those below"
exit $fail
