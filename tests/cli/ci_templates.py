#!/usr/bin/env python3
"""The CI templates' own logic, run (tests/cli/tooling.t): the variables check, the binary cache's key,
the languages, the SARIF upload. Prints what it finds; the .t file holds the expected lines."""
import os
import re
import subprocess
import tempfile

import yaml

gh = yaml.safe_load(open("examples/ci/github-workflow.yml"))
gl = yaml.safe_load(open("examples/ci/gitlab-ci.yml"))
steps = gh["jobs"]["check"]["steps"]
which = next(s for s in steps if s.get("name") == "Which sieg")["run"]
clean = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}


def bash(script, env, cwd=None):
    return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, cwd=cwd)


r = bash(which, dict(clean, GITHUB_OUTPUT=os.devnull))
print(f"github: no variable: exit {r.returncode}: {(r.stdout + r.stderr).strip()}")
r = bash(gl["default"]["before_script"][0], clean)
print(f"gitlab: no variable: exit {r.returncode}: {(r.stdout + r.stderr).strip()}")

# A sieg repository with two tags: the step names the commit SIEG_REF points to.
work = tempfile.mkdtemp()
repo = os.path.join(work, "sieg.git")
git = dict(clean, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
bash(f"git init -q {repo} && cd {repo} && git commit -q --allow-empty -m 1 && git tag v1 && git commit -q --allow-empty -m 2 && git tag v2", git)
v2 = bash("git rev-parse v2^{commit}", git, cwd=repo).stdout.strip()
out = os.path.join(work, "out")
open(out, "w").close()
r = bash(which, dict(clean, GITHUB_OUTPUT=out, SIEG_REPOSITORY=repo, SIEG_REF="v2"))
print("github: SIEG_REPOSITORY at SIEG_REF v2: " + open(out).read().strip().replace(v2, "<v2's commit>"))
cache = next(s for s in steps if s.get("name") == "Cached sieg")
print("github: binary cache key: " + cache["with"]["key"])
r = bash(which, dict(clean, GITHUB_OUTPUT=os.devnull, SIEG_REPOSITORY=repo, SIEG_REF="v9"))
print(f"github: unknown SIEG_REF: exit {r.returncode}")
install = gl["default"]["before_script"][-2]
m = re.search(r'commit=.*?\n(.*?)\n\s*if \[ ! -x \.sieg-bin/bin/sieg \] \|\| \[ "\$\(cat \.sieg-bin/commit 2>/dev/null\)" != "\$commit" \]', install, re.S)
print("gitlab: rebuilds when .sieg-bin/commit differs from SIEG_REF's commit: " + ("yes" if m else "no"))


def with_lang(lines):
    sieg = [l for l in lines if re.search(r"\bsieg (check|report|form)\b", l)]
    ok = [l for l in sieg if all('--lang "$SIEG_LANG"' in part for part in re.split(r"&&", l) if re.search(r"\bsieg (check|report|form)\b", part))]
    return f"{len(ok)} of {len(sieg)}"


gh_lines = [s.get("run", "") for s in steps]
env = gh["jobs"]["check"]["env"]
print(f'github: sieg commands with --lang "$SIEG_LANG": {with_lang(gh_lines)}; LANG={env.get("LANG")}, SIEG_LANG={env.get("SIEG_LANG")}')
gl_lines = [l for job in ("sieg", "jury-site") for l in gl[job]["script"]]
gl_cmds = [l for l in gl_lines]
print(f'gitlab: sieg commands with --lang "$SIEG_LANG": {with_lang(gl_cmds)}; LANG={gl["variables"].get("LANG")}, SIEG_LANG={gl["variables"].get("SIEG_LANG")}')
upload = next(s for s in steps if s.get("name") == "Upload to code scanning")
print(f"github: SARIF upload continue-on-error: {upload.get('continue-on-error')}")
