#!/usr/bin/env bash
# Every ```console example of README.md and docs/ that runs on the repository's own files prints
# exactly what the page shows. A page may set a scene: a ```yaml block introduced by a line ending
# in (`dir/file.yaml`): is written to a scratch directory, and the commands that name `dir` run
# there. Other scenes (a fresh `medvirk init`, the Bærum example's rutiner/ and regler/) are tested
# where they are built: tests/init, tests/local-pack, tests/output-safety. With UPDATE_DOCS=1 the
# pages are rewritten with the real output.
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$bin" "$work/bin/medvirk"

python3 - "$work/bin" "$bin" README.md docs/*.md docs/en/*.md <<'PY'
import os, re, subprocess, sys, difflib
bindir, binary, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
update = os.environ.get("UPDATE_DOCS") == "1"
env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"], NO_COLOR="1")
have_quotes = os.path.exists("../shared/tools/check-quotes")

import tempfile

def scene_of(lines):
    """The files a page writes out (`dir/file.yaml` blocks whose dir is not in the repository)."""
    files = {}
    for k, line in enumerate(lines):
        m = re.search(r"\(`([^`]+\.yaml)`\):$", line)
        if not m or "/" not in m.group(1) or os.path.exists(m.group(1).split("/")[0]):
            continue
        start = k + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        if start < len(lines) and lines[start].strip() == "```yaml":
            end = lines.index("```", start + 1)
            files[m.group(1)] = "\n".join(lines[start + 1:end]) + "\n"
    return files

def runnable(cmd):
    if "rules docs" in cmd:
        return False  # writes files; the rule_docs test checks them
    if "check-quotes" in cmd and not have_quotes:
        return False
    if not (cmd.startswith("./build/medvirk") or cmd.startswith("medvirk")):
        return False
    # Only the repository's own files (examples/, tests/) or the built-in rules.
    if re.search(r"(^|\s)(rutiner|routines|rutinesett|regler)\b", cmd):
        return False
    return bool(re.search(r"(^|\s)(examples|tests)/", cmd) or re.search(r"medvirk rules (show|list|tags)", cmd))

total = bad = 0
for page in pages:
    lines = open(page, encoding="utf-8").read().split("\n")
    scene = scene_of(lines)
    scene_dir = tempfile.mkdtemp()
    for path, text in scene.items():
        os.makedirs(os.path.join(scene_dir, os.path.dirname(path)), exist_ok=True)
        open(os.path.join(scene_dir, path), "w", encoding="utf-8").write(text)
    scene_dirs = {p.split("/")[0] for p in scene}
    out = []
    block = False
    i = 0
    changed = False
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            block = line.strip() == "```console"
            out.append(line)
            i += 1
            continue
        in_scene = block and line.startswith("$ ") and line.startswith("$ medvirk") and any(
            re.search(r"(^|\s)" + re.escape(d) + r"(/|\s|$)", line[2:]) for d in scene_dirs)
        if block and line.startswith("$ ") and (in_scene or runnable(line[2:])):
            cmd = line[2:]
            j = i + 1
            shown = []
            while j < len(lines) and not lines[j].startswith("$ ") and not lines[j].startswith("```"):
                shown.append(lines[j])
                j += 1
            run = cmd.replace("./build/medvirk", binary, 1) if cmd.startswith("./build/medvirk") else cmd
            r = subprocess.run(["bash", "-c", run], capture_output=True, text=True, env=env,
                               cwd=scene_dir if in_scene else None)
            got = (r.stdout + r.stderr).rstrip("\n")
            got = got.split("\n") if got else []
            total += 1
            out.append(line)
            if got != shown:
                if update:
                    changed = True
                else:
                    bad += 1
                    print(f"FAIL: {page}: $ {cmd}")
                    for d in difflib.unified_diff(shown, got, "documented", "printed", lineterm="", n=1):
                        print("   ", d)
            out.extend(got if update else shown)
            i = j
            continue
        out.append(line)
        i += 1
    if update and changed:
        open(page, "w", encoding="utf-8").write("\n".join(out))
        print(f"updated {page}")
print(f"{total - bad} of {total} console examples print what the page shows")
sys.exit(1 if bad else 0)
PY
