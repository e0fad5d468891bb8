#!/usr/bin/env python3
"""The form page's verdict against `sieg validate`'s, over a corpus (issue 29).

Corpus: every example (valid, ineligible, invalid), tests/fidelity, tests/traps, and each example with
each of its answers removed in turn (every key of a block mapping: so every required answer, and more).
For each file, the page's core (lib/scaffold/form_core.js, run by node: tests/form/verdict.js) opens it
as « Ouvrir » does and judges the file the page would write; sieg validates the file itself and the file
the page would write. Both must agree, error for error:

- every error and warning sieg reports appears in the page, with the same code, on the same question (a
  path one of the other's: sieg places a missing key on its parent mapping, the page on the key);
- the page reports no error or warning sieg does not (context, `info`, is not compared);
- the page opens every file sieg can read (no SIEG-L error), and refuses, naming why, those it cannot;
- the file the page writes gets from sieg exactly the page's verdict.

Two differences are by design: the page writes `format` and `appel` itself, so a file without them gets no
S002 for them in the page (the written file has them, and is compared); and a lexical warning about how
the file is written (SIEG-L022, L023) is compared on the file the page writes, never on the original.

Usage: differential.py SIEG_BINARY REPO_ROOT   (exit 77: node missing; 1: a disagreement)
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    print("FAIL: python3-yaml is missing (scripts/install-deps.sh installs it)")
    sys.exit(1)

sieg, root = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
node = shutil.which("node") or shutil.which("nodejs")
if node is None:
    print("SKIP: node is not installed (apt-get install nodejs)")
    sys.exit(77)
TODAY = "2015-05-01"
# The built-in calls, and a call written as a file (examples/calls/): its questions and its grid through
# both. Each: what `sieg form --call` and `sieg validate` are given.
OWN_CALL = os.path.join(root, "examples/calls/occitanie-2026.toml")
CALL_ARGS = {"aquitaine-2015": [], "picardie-sieg": [], "occitanie-2026": ["--call", OWN_CALL]}
CALLS = tuple(CALL_ARGS)
work = tempfile.mkdtemp()
os.chdir(root)


def description(call):
    page = os.path.join(work, f"form-{call}.html")
    which = OWN_CALL if CALL_ARGS[call] else call
    r = subprocess.run([sieg, "--lang", "fr", "--no-config", "form", "--call", which, "-o", page], capture_output=True, text=True, cwd=work)
    if r.returncode != 0:
        print(f"FAIL: sieg form --call {call}: {r.stderr}")
        sys.exit(1)
    html = open(page, encoding="utf-8").read()
    m = re.search(r'<script type="application/json" id="sieg-form-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def call_of(text):
    m = re.search(r'^appel:\s*["\']?([A-Za-z0-9_-]+)', text, re.M)
    return m.group(1) if m and m.group(1) in CALLS else CALLS[0]


# ---- the corpus ----
OWN_DOSSIERS = ["tests/cli/new-call/micro-creche-toulouse.yaml"]  # a dossier of the call written as a file
base = sorted(glob.glob("examples/*.yaml") + glob.glob("examples/ineligible/*.yaml") + glob.glob("examples/invalid/*.yaml")
              + glob.glob("tests/fidelity/*/*.yaml") + glob.glob("tests/traps/*.yaml")) + OWN_DOSSIERS
corpus = list(base)
mutants = os.path.join(work, "without")
os.makedirs(mutants)


def keys_of(node, path=""):
    """(path, key node, value node) of every key of a block mapping, depth first."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            p = f"{path}.{k.value}" if path else k.value
            if not node.flow_style:
                yield p, k, v
            yield from keys_of(v, p)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            yield from keys_of(v, f"{path}.{i}" if path else str(i))


for ex in sorted(glob.glob("examples/*.yaml")) + OWN_DOSSIERS:
    text = open(ex, encoding="utf-8").read()
    lines = text.split("\n")
    tree = yaml.compose(text)
    for p, k, v in keys_of(tree):
        first = k.start_mark.line
        if lines[first][:k.start_mark.column].strip() not in ("",):  # "- key:": the item's first key stays
            continue
        # The value ends where the next token starts: that line is kept when nothing of the value is on it.
        end = v.end_mark
        last = end.line - 1 if end.line >= len(lines) or lines[end.line][:end.column].strip() == "" else end.line
        out = "\n".join(lines[:first] + lines[last + 1:])
        name = os.path.join(mutants, os.path.basename(ex)[:-5] + "--" + p.replace(".", "_") + ".yaml")
        with open(name, "w", encoding="utf-8") as f:
            f.write(out)
        corpus.append(name)


# Each example with one answer changed to what a rule turns away (a département outside the region, an aid
# above the cap, every partner of one kind, another type of action, a longer or later calendar, a younger
# structure, an unbalanced budget): the call's rules, with their conditions, through both.
CHANGES = [
    ("region", r'(departement: )"\d\d"', r'\1"75"', 1),
    ("cap", r'(aide_demandee: )\d+', r'\g<1>45000', 1),
    ("partners", r'(nature: )[a-z_]+', r'\1association', 0),
    ("type", r'(type_action: )[a-z_]+', r'\1transfert_essaimage', 1),
    ("duration", r'(duree_mois: )\d+', r'\g<1>30', 1),
    ("start", r'(date_debut: )[0-9-]+', r'\g<1>2021-01-01', 1),
    ("young", r'(annee_creation: )\d+', r'\g<1>2014', 1),
    ("unbalanced", r'(montant: )(\d+)', r'\g<1>999999', 1),
]
for ex in sorted(glob.glob("examples/*.yaml")) + OWN_DOSSIERS:
    text = open(ex, encoding="utf-8").read()
    for label, pattern, repl, count in CHANGES:
        out, n = re.subn(pattern, repl, text, count=count)
        if n == 0:
            continue
        name = os.path.join(mutants, os.path.basename(ex)[:-5] + "--changed-" + label + ".yaml")
        with open(name, "w", encoding="utf-8") as f:
            f.write(out)
        corpus.append(name)


# ---- sieg's positions as the page's paths ----
def positions(file):
    """(line, column) 1-based -> the shortest path of a node (mapping, key or value) starting there."""
    index = {}
    try:
        tree = yaml.compose(open(file, encoding="utf-8").read())
    except Exception:
        return None

    def note(node, path):
        at = (node.start_mark.line + 1, node.start_mark.column + 1)
        if at not in index or len(path.split(".")) < len(index[at].split(".")) or index[at] == "":
            if at not in index or path == "" or len(path) < len(index[at]):
                index[at] = path

    def walk(node, path):
        note(node, path)
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                p = f"{path}.{k.value}" if path else str(k.value)
                note(k, p)
                walk(v, p)
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                walk(v, f"{path}.{i}" if path else str(i))

    if tree is not None:
        walk(tree, "")
    return index


def sieg_errors(files):
    out = {}
    by_call = {}
    for f in files:
        by_call.setdefault(call_of(open(f, encoding="utf-8", errors="replace").read()), []).append(f)
    chunks = [(call, fs[i:i + 400]) for call, fs in by_call.items() for i in range(0, len(fs), 400)]
    for call, chunk in chunks:
        extra = CALL_ARGS[call] if call_of_text_is_own(chunk) else []
        r = subprocess.run([sieg, "--no-config", "--lang", "fr", "validate", "--format", "json", "--today", TODAY, *extra, *chunk],
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):
            print(f"FAIL: sieg validate exit {r.returncode}: {r.stderr[:400]}")
            sys.exit(1)
        for f in json.loads(r.stdout)["files"]:
            index = positions(f["file"])
            errs = []
            for d in f["diagnostics"]:
                if d["severity"] == "info" or d["code"] in ("SIEG-P004", "SIEG-P002"):
                    continue  # the file's name and the repository: not the page's business
                path = "" if index is None or d["line"] == 0 else index.get((d["line"], d["column"]))
                if path is None:  # a position no node starts at: the nearest before it on the line
                    cands = [(c, p) for (l, c), p in index.items() if l == d["line"] and c <= d["column"]]
                    path = max(cands)[1] if cands else ""
                errs.append({"code": d["code"], "path": path, "message": d["message"], "severity": d["severity"]})
            out[f["file"]] = errs
    return out


def call_of_text_is_own(chunk):
    """Files that name the call written as a file are validated with it (--call FILE)."""
    return all(re.search(r'^appel:\s*["\']?occitanie-2026', open(f, encoding="utf-8", errors="replace").read(), re.M) for f in chunk)


def under(a, b):
    """a is b or inside it, segment-wise."""
    return b == "" or a == b or a.startswith(b + ".")


def same(s, p):
    return s["code"] == p["code"] and (under(s["path"], p["path"]) or under(p["path"], s["path"]))


descriptions = {call: description(call) for call in CALLS}
jobs = {"today": TODAY, "descriptions": descriptions,
        "files": [{"file": f, "call": call_of(open(f, encoding="utf-8", errors="replace").read())} for f in corpus]}
with open(os.path.join(work, "jobs.json"), "w", encoding="utf-8") as f:
    json.dump(jobs, f)
r = subprocess.run([node, os.path.join(root, "tests/form/verdict.js"), os.path.join(root, "lib/scaffold/form_core.js"),
                    os.path.join(work, "jobs.json")], capture_output=True, text=True)
if r.returncode != 0:
    print("FAIL: verdict.js: " + r.stderr[:2000])
    sys.exit(1)
page = json.loads(r.stdout)
theirs = sieg_errors(corpus)

written = {}
for f in corpus:
    if page[f]["opened"]:
        name = os.path.join(work, "written", f.replace("/", "__"))
        os.makedirs(os.path.dirname(name), exist_ok=True)
        with open(name, "w", encoding="utf-8") as out:
            out.write(page[f]["yaml"])
        written[f] = name
on_written = sieg_errors(list(written.values()))

failed, agreed, by_design = [], 0, 0
for f in corpus:
    mine, s_errs = page[f], theirs.get(f, [])
    lexical = [e for e in s_errs if e["code"].startswith("SIEG-L") and e["severity"] == "error"]
    # A lexical warning (curly quotes, a comment cutting a text: SIEG-L022, L023) is about how the file is
    # written; the page writes its own (every text quoted), so it is compared on that file only (below).
    s_errs = [e for e in s_errs if not (e["code"].startswith("SIEG-L") and e["severity"] == "warning")]
    if not mine["opened"]:
        if lexical or any(e["path"] == "appel" for e in s_errs):
            agreed += 1
        else:
            failed.append(f"{f}: the page refuses a file sieg reads ({mine['reason']}); sieg: {[e['code'] for e in s_errs]}")
        continue
    if lexical:
        failed.append(f"{f}: the page opens a file sieg cannot read: {[e['code'] + ' ' + e['message'] for e in lexical]}")
        continue
    p_errs = [x for x in mine["findings"] if x["severity"] != "info"]
    problems = []
    # Without `format` or `appel` sieg stops at the shape; the page writes them (its call, format 1) and
    # judges the whole dossier: the file it writes is compared below, this one only for those two.
    fixed = [e for e in s_errs if e["code"] == "SIEG-S002" and re.search(r"\((format|appel)\)", e["message"])]
    if fixed:
        by_design += len(fixed)
        s_errs = [x for x in p_errs if x["code"] != "SIEG-S002" or x["path"] not in ("format", "appel")]
    for e in s_errs:
        if not any(same(e, x) for x in p_errs):
            problems.append(f"sieg's {e['code']} at {e['path'] or '(file)'} missing in the page ({e['message'][:160]})")
    for x in p_errs:
        if not any(same(e, x) for e in s_errs):
            if x["code"] == "SIEG-S002" and x["path"] in ("format", "appel"):
                continue
            problems.append(f"the page's {x['code']} at {x['path']} not said by sieg")
    w_errs = on_written.get(written[f], [])
    for e in w_errs:
        if not any(same(e, x) for x in p_errs):
            problems.append(f"on the file the page writes, sieg's {e['code']} at {e['path']} missing in the page ({e['message'][:160]})")
    for x in p_errs:
        if not any(same(e, x) for e in w_errs):
            problems.append(f"on the file the page writes, the page's {x['code']} at {x['path']} not said by sieg")
    if problems:
        failed.append(f"{f}:\n    " + "\n    ".join(problems))
    else:
        agreed += 1

for line in failed:
    print("FAIL: " + line)
print(f"form differential: {len(corpus)} files ({len(base)} of the corpus, {len(corpus) - len(base)} with an answer removed or changed); "
      f"{agreed} agree, {len(failed)} disagree; {by_design} missing format/appel written by the page")
shutil.rmtree(work, ignore_errors=True)
sys.exit(1 if failed else 0)
