"""sieg form in a real browser (Chromium through the DevTools protocol, tests/form/cdp.py):
  1. every example dossier typed into the form field by field (lists grown with their « add » buttons,
     levels chosen on the grid), downloaded with the page's button: the file is the example's tree and
     sieg validate gives it the example's findings;
  2. every example opened with the page's « open » button and downloaded again: the same tree;
  3. hostile text in every text field of a dossier and of a review: the YAML gives it back unchanged, and no
     script runs;
  4. the page loads nothing from the network and throws no exception;
  5. axe-core (when npm could install it, SIEG_AXE_JS) finds no WCAG 2 A/AA violation;
  6. every example review typed into its dossier's reviewer form: the same tree, the reviewer's file name,
     the same findings from sieg validate.
Usage: form_test.py SIEG REPO_ROOT"""
import datetime
import glob
import json
import os
import subprocess
import sys
import time

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from harness import Run  # noqa: E402

run = Run("sieg-form-")
sieg, root, work, check = run.sieg, run.root, run.work, run.check


def plain(v):
    """The tree as sieg reads it: dates are texts (sieg's loader never turns a scalar into a date)."""
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    return v


def first_difference(a, b, path=""):
    """Where two trees first differ, for the failure message."""
    if type(a) is not type(b):
        return f"{path or '/'}: {a!r} vs {b!r}"
    if isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'the first' if k in a else 'the second'}"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}.{i}")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} vs {b!r}"


def other_call_paths(description):
    """The paths of questions the page does not ask for this call (x-calls), as prefixes like
    'evaluation.impact_social' (array items: 'partenaires.*.x')."""
    out = []

    def walk(fields, prefix):
        for f in fields:
            p = f"{prefix}.{f['key']}" if prefix else f["key"]
            if f.get("other"):
                out.append(p)
            if f.get("kind") == "object":
                walk(f["fields"], p)
            if f.get("kind") == "array" and f["item"].get("kind") == "object":
                walk(f["item"]["fields"], p + ".*")
    walk(description["fields"], "")
    return out


def without(tree, prefixes, path=""):
    def hidden(p):
        return any(p == x or p.startswith(x + ".") for x in
                   (pre.replace(".*", "") for pre in prefixes)) or any(
            __import__("fnmatch").fnmatch(p, pre) for pre in prefixes)
    if isinstance(tree, dict):
        return {k: without(v, prefixes, f"{path}.{k}" if path else k) for k, v in tree.items()
                if not hidden(f"{path}.{k}" if path else k)}
    if isinstance(tree, list):
        return [without(v, prefixes, f"{path}.{i}") for i, v in enumerate(tree)]
    return tree


def load(path):
    with open(path, encoding="utf-8") as f:
        return plain(yaml.safe_load(f))


def findings(path):
    r = subprocess.run([sieg, "validate", "--no-config", "--format", "json", "--date", "2015-05-01", path],
                       capture_output=True, text=True)
    try:
        data = json.loads(r.stdout)
        files = data["files"] if isinstance(data, dict) and "files" in data else data
        diags = []
        for f in files:
            diags += [(d["code"], d["severity"]) for d in f.get("diagnostics", [])]
        return r.returncode, sorted(diags)
    except (ValueError, KeyError, TypeError):
        return r.returncode, r.stdout + r.stderr


FILL = r"""
(function (data) {
  const missing = [];
  const fire = (e, type) => e.dispatchEvent(new Event(type, { bubbles: true }));
  const q = (sel) => document.querySelector(sel);
  const esc = (p) => p.replace(/"/g, '\\"');
  function put(p, v) {
    const e = q('[data-path="' + esc(p) + '"]');
    if (!e) return missing.push(p);
    if (e.tagName === 'SELECT') {
      e.value = typeof v === 'boolean' ? String(v) : String(v);
      fire(e, 'change');
    } else {
      e.value = String(v);
      fire(e, 'input');
    }
  }
  function walk(p, v) {
    if (Array.isArray(v)) {
      const add = q('[data-add="' + esc(p) + '"]');
      if (!add) return missing.push(p);
      for (let i = 0; i < v.length; i++) q('[data-add="' + esc(p) + '"]').click();
      v.forEach((x, i) => walk(p + '.' + i, x));
    } else if (v && typeof v === 'object') {
      const so = q('[data-sans-objet="' + esc(p) + '"]');
      if ('sans_objet' in v && so) {
        so.click();
        return put(p + '.sans_objet', v.sans_objet);
      }
      if ((p === 'niveaux' || p.endsWith('.niveaux')) && q('[data-levels="' + esc(p) + '"]')) {
        for (const [m, x] of Object.entries(v)) {
          const r = q('input[type=radio][data-path="' + esc(p + '.' + m + '.niveau') + '"][value="' + x.niveau + '"]');
          if (!r) { missing.push(p + '.' + m); continue; }
          r.click();
          for (const k of Object.keys(x)) if (k !== 'niveau') put(p + '.' + m + '.' + k, x[k]);
        }
        return;
      }
      for (const [k, x] of Object.entries(v)) walk(p ? p + '.' + k : k, x);
    } else {
      if (['format', 'appel', 'dossier', 'grille'].includes(p)) return;  // fixed by the form
      put(p, v);
    }
  }
  walk('', data);
  return missing;
})
"""


def downloaded(browser, before):
    for _ in range(600):  # up to 30 s: a loaded machine (ctest -j) is slow to finish a download
        files = [f for f in os.listdir(browser.downloads) if f not in before and not f.endswith(".crdownload")]
        if files:
            return os.path.join(browser.downloads, files[0])
        time.sleep(0.05)
    return None


examples = sorted(glob.glob("examples/*.yaml"))
HOSTILE = ['He said "yes": # not a comment', "- leading dash", "yes", "no", "0123", "  spaces  ", "a\nb\n\nc",
           "<script>window.__pwned = 1</script>", "<img src=x onerror=\"window.__pwned=2\">", "\u202eRTL\u202c mark",
           "emoji 😀 🇫🇷", "tab\there", "'single' quotes", "back\\slash", "%TAG !x", "&anchor *alias", "key: value", "{a: b}",
           "[1, 2]", "null", "~", "\u2028line separator", "bom\ufeff", "nul-free \x01 control"]
pages = {}
for call in ("aquitaine-2015", "picardie-sieg"):
    page = os.path.join(work, f"form-{call}.html")
    r = subprocess.run([sieg, "--lang", "fr", "form", "--call", call, "-o", page], capture_output=True, text=True)
    check(f"sieg form --call {call}: exit 0", r.returncode == 0, r.stderr)
    pages[call] = page
    html = open(page, encoding="utf-8").read()
    check(f"{call}: no URL to fetch in the page", all(s not in html for s in ('src="http', "href=\"http", "url(http", "@import")))

browser = Browser()
try:
    for ex in examples:
        data = load(ex)
        page = pages[data["appel"]]
        name = os.path.basename(ex)
        # 1. Typed in, field by field, then downloaded with the page's button.
        browser.goto("file://" + page)
        browser.eval("localStorage.clear(); window.siegForm.load({})")
        others = other_call_paths(browser.eval("JSON.parse(document.getElementById('sieg-form-data').textContent)"))
        missing = browser.eval(FILL + "(" + json.dumps(data) + ")")
        unasked = [m for m in missing if any(m == o or m.startswith(o + ".") for o in (x.replace(".*", "") for x in others))]
        check(f"{name}: every value has its field in the form (but another call's questions)",
              sorted(set(missing) - set(unasked)) == [], sorted(set(missing) - set(unasked)))
        expected = without(data, others)
        before = set(os.listdir(browser.downloads))
        browser.eval("document.getElementById('download').click()")
        got = downloaded(browser, before)
        check(f"{name}: the download button gives a file", got is not None)
        if got:
            out = os.path.join(work, "typed-" + name)
            os.replace(got, out)
            check(f"{name}: typed in, the same tree (another call's questions aside)", load(out) == expected,
                  first_difference(load(out), expected))
            if not unasked:
                check(f"{name}: sieg validate finds the same", findings(out) == findings(ex), f"{findings(out)} vs {findings(ex)}")
            check(f"{name}: the modeline first", open(out, encoding="utf-8").readline().startswith("# yaml-language-server: $schema="))
        # 2. Opened with the page's button, downloaded again.
        browser.goto("file://" + page)
        browser.eval("localStorage.clear(); window.siegForm.load({})")
        browser.set_file("#open", os.path.abspath(ex))
        for _ in range(600):
            status = browser.eval("document.getElementById('status').textContent")
            if status:
                break
            time.sleep(0.05)
        check(f"{name}: opened", name in (status or ""), status)
        again = os.path.join(work, "opened-" + name)
        with open(again, "w", encoding="utf-8") as f:
            f.write(browser.eval("window.siegForm.yaml()"))
        check(f"{name}: opened and downloaded, the same tree", load(again) == data, first_difference(load(again), data))

    # 3. Hostile text in every text field (of the dossier's form here, of a reviewer's form below).
    def hostile_round_trip(page, data, label):
        browser.goto("file://" + page)
        browser.eval("localStorage.clear(); window.siegForm.load(" + json.dumps(data) + ")")
        typed = browser.eval(r"""
          (function (hostile) {
            const out = {};
            let k = 0;
            for (const e of document.querySelectorAll('textarea[data-path], input[type=text][data-path]')) {
              const p = e.dataset.path;
              if (/montant|aide_demandee|duree_mois|exercice|produits|charges|resultat|code_postal|departement|siret|annee|telephone|emplois|niveau$|grille$|etapes\.\d+\.(debut|fin)$/.test(p)) continue;
              const v = hostile[k++ % hostile.length];
              e.value = v;
              e.dispatchEvent(new Event('input', { bubbles: true }));
              out[p] = v;
            }
            return out;
          })(""" + json.dumps(HOSTILE) + ")")
        text = browser.eval("window.siegForm.yaml()")
        hostile_file = os.path.join(work, f"hostile-{label}.yaml")
        with open(hostile_file, "w", encoding="utf-8") as f:
            f.write(text)
        tree = load(hostile_file)

        def at(t, p):
            for k in p.split("."):
                t = t[int(k)] if isinstance(t, list) else t.get(k) if isinstance(t, dict) else None
                if t is None:
                    return None
            return t

        wrong = {p: (v, at(tree, p)) for p, v in typed.items() if at(tree, p) != v and v.strip() != ""}
        check(f"{label}: hostile text in {len(typed)} fields, every value back unchanged", len(typed) > 5 and wrong == {},
              json.dumps(wrong, ensure_ascii=False)[:600])
        r = subprocess.run([sieg, "validate", "--no-config", hostile_file], capture_output=True, text=True)
        check(f"{label}: hostile text, sieg validate reads the file (no YAML error)", "SIEG-L" not in r.stdout + r.stderr,
              (r.stdout + r.stderr)[:600])
        check(f"{label}: hostile text, no script ran", browser.eval("typeof window.__pwned") == "undefined")
        browser.goto("file://" + page)
        check(f"{label}: the draft comes back, and still no script runs",
              browser.eval("typeof window.__pwned") == "undefined" and browser.eval("window.siegForm.yaml()") == text)

    hostile_round_trip(pages["aquitaine-2015"], load("examples/aquitaine-micro-creche.yaml"), "dossier")

    # Lists: added to, moved, removed with their buttons; the call's cap and the budget shown as one types;
    # a postcode with a leading zero stays a text.
    browser.goto("file://" + pages["aquitaine-2015"])
    browser.eval("localStorage.clear(); window.siegForm.load({})")
    browser.eval(r"""(function () {
      const q = (s) => document.querySelector(s);
      const put = (p, v) => { const e = q('[data-path="' + p + '"]'); e.value = v; e.dispatchEvent(new Event('input', { bubbles: true })); };
      for (let i = 0; i < 3; i++) q('[data-add="partenaires"]').click();
      put('partenaires.0.nom', 'A'); put('partenaires.1.nom', 'B'); put('partenaires.2.nom', 'C');
      q('[data-up="partenaires.2"]').click();      // A C B
      q('[data-remove="partenaires.0"]').click();  // C B
      put('porteur.adresse.code_postal', '02100');
      put('budget.aide_demandee', '45000');
      q('[data-add="budget.depenses"]').click();
      put('budget.depenses.0.montant', '1250.5');
      return 0;
    })()""")
    tree = yaml.safe_load(browser.eval("window.siegForm.yaml()"))
    check("lists: added, moved up, removed", [p.get("nom") for p in tree["partenaires"]] == ["C", "B"], tree.get("partenaires"))
    check("a postcode with a leading zero stays the text 02100", tree["porteur"]["adresse"]["code_postal"] == "02100",
          tree["porteur"]["adresse"])
    check("an amount stays the number typed", tree["budget"]["aide_demandee"] == 45000 and tree["budget"]["depenses"][0]["montant"] == 1250.5)
    # Printed: A4 pages, without the buttons.
    browser.send("Emulation.setEmulatedMedia", media="print")
    hidden = browser.eval("getComputedStyle(document.getElementById('download')).display")
    browser.send("Emulation.setEmulatedMedia", media="")
    check("printed without its buttons", hidden == "none", hidden)
    pdf = browser.send("Page.printToPDF", paperWidth=8.27, paperHeight=11.69)
    import base64
    check("prints as a PDF", base64.b64decode(pdf["data"])[:4] == b"%PDF")
    live = browser.eval("document.getElementById('budget').textContent")
    check("the budget's totals are shown live", "1 250,50" in live and "40 000,00" in live, live)
    # The verdict is sieg validate's: on a complete dossier, the call's cap (SIEG-E013); a starred answer
    # cleared is missing (SIEG-S002); 28.000 is a thousands dot (SIEG-S012), never 28 €.
    def verdict_after(path, value):
        browser.eval("localStorage.clear(); window.siegForm.load(" + json.dumps(load("examples/aquitaine-micro-creche.yaml")) + ")")
        browser.eval("(function () { const e = document.querySelector('[data-path=\"" + path + "\"]'); e.value = " + json.dumps(value) +
                     "; e.dispatchEvent(new Event('input', { bubbles: true })); return 0; })()")
        return browser.eval("window.siegForm.validate(), document.getElementById('summary').textContent")
    summary = verdict_after("budget.aide_demandee", "45000")
    check("the call's cap is checked as one types (SIEG-E013)", "SIEG-E013" in summary, summary[:300])
    summary = verdict_after("action.intitule", "")
    check("a starred answer cleared is a problem (SIEG-S002)", "SIEG-S002" in summary and "Intitulé de l'action" in summary, summary[:300])
    summary = verdict_after("budget.aide_demandee", "28.000")
    check("28.000 is a thousands dot (SIEG-S012, « écrivez 28000 »)", "SIEG-S012" in summary and "28000" in summary, summary[:300])
    summary = verdict_after("budget.aide_demandee", "30000")
    check("the example as it is: no problem", "Aucun problème" in summary, summary[:300])
    # 6. The reviewer's form: each example review typed in and downloaded under its own file name; sieg
    # validate, with the file where the repository model looks for it, finds what it finds in the example.
    import shutil
    copy = os.path.join(work, "repo")
    shutil.copytree("examples", copy)
    for rv in sorted(glob.glob("examples/evaluations/*/*.yaml")):
        dossier_id = os.path.basename(os.path.dirname(rv))
        dossier = f"examples/{dossier_id}.yaml"
        if not os.path.exists(dossier):
            continue
        page = os.path.join(work, f"review-{dossier_id}.html")
        r = subprocess.run([sieg, "--lang", "fr", "form", "--review", dossier, "-o", page], capture_output=True, text=True)
        check(f"sieg form --review {dossier}: exit 0", r.returncode == 0, r.stderr)
        data = load(rv)
        browser.goto("file://" + page)
        browser.eval("localStorage.clear(); window.siegForm.load({})")
        missing = browser.eval(FILL + "(" + json.dumps(data) + ")")
        label = os.path.relpath(rv, "examples")
        check(f"{label}: every value has its field in the reviewer's form", missing == [], missing)
        before = set(os.listdir(browser.downloads))
        browser.eval("document.getElementById('download').click()")
        got = downloaded(browser, before)
        check(f"{label}: downloaded under the reviewer's file name", got is not None and os.path.basename(got) == os.path.basename(rv),
              got and os.path.basename(got))
        if got:
            check(f"{label}: typed in, the same tree", load(got) == data, first_difference(load(got), data))
            target = os.path.join(copy, "evaluations", dossier_id, os.path.basename(rv))
            os.replace(got, target)
            ours = subprocess.run([sieg, "validate", "--format", "json", os.path.relpath(target, copy)], cwd=copy, capture_output=True, text=True)
            theirs = subprocess.run([sieg, "validate", "--format", "json", os.path.relpath(rv, "examples")], cwd="examples", capture_output=True, text=True)
            # The same findings, code, severity and words (their line differs: the page writes its own layout).
            def said(r):
                return r.returncode, [(d["code"], d["severity"], d["message"]) for f in json.loads(r.stdout)["files"] for d in f["diagnostics"]]
            check(f"{label}: sieg validate finds the same", said(ours) == said(theirs), f"{said(ours)} vs {said(theirs)}")

    hostile_round_trip(os.path.join(work, "review-aquitaine-micro-creche.html"),
                       load("examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml"), "review")

    # 5. Accessibility: axe-core's WCAG 2 A and AA rules on the page with a dossier in it, errors shown.
    axe = os.environ.get("SIEG_AXE_JS")
    if axe:
        for call, page in pages.items():
            browser.send("Page.setBypassCSP", enabled=True)  # the page forbids any script but its own
            browser.goto("file://" + page)
            example = "examples/aquitaine-micro-creche.yaml" if call == "aquitaine-2015" else "examples/picardie-renovation-logement.yaml"
            browser.eval("localStorage.clear(); window.siegForm.load(" + json.dumps(load(example)) + ")")
            browser.eval("document.querySelector('[data-path=\"action.intitule\"]').value = ''; "
                         "document.querySelector('[data-path=\"action.intitule\"]').dispatchEvent(new Event('input')); "
                         "new Promise(r => setTimeout(r, 300))")
            browser.eval(open(axe, encoding="utf-8").read() + ";0")
            violations = browser.eval("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']}).then(r => r.violations.map(v => v.id + ' (' + v.nodes.length + ')'))")
            check(f"{call}: axe-core finds no WCAG 2 A/AA violation", violations == [], violations)
        browser.goto("file://" + os.path.join(work, "review-aquitaine-micro-creche.html"))
        browser.eval("localStorage.clear(); window.siegForm.load(" + json.dumps(load("examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml")) + ")")
        browser.eval(open(axe, encoding="utf-8").read() + ";0")
        violations = browser.eval("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']}).then(r => r.violations.map(v => v.id + ' (' + v.nodes.length + ')'))")
        check("reviewer's form: axe-core finds no WCAG 2 A/AA violation", violations == [], violations)
        browser.send("Page.setBypassCSP", enabled=False)
    else:
        print("note: axe-core not available (no npm or no registry): accessibility not checked")
    check("no exception in the page", browser.exceptions() == [], json.dumps(browser.exceptions())[:800])
finally:
    browser.close()

run.finish("form")
