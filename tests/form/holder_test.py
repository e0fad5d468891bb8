"""sieg form as a first-time holder meets it (issue 32), in a real browser (tests/form/cdp.py):
  1. the page speaks to a form user: no help text, label or message of common slips says « in quotes »,
     shows a raw pattern, « null », true/false, an identifier (sans_objet, statut: autre) — in both calls'
     pages and the reviewer's, in French and English;
  2. the slips get their fix: « 24 000 € » is offered 24000 (a button writes it), a département « Landes »
     is told the form in words, a date is typed 29/05/2015 and written 2015-05-29; the summary names the
     questions, the budget's totals stand beside the budget, the grid is shown not typed, a history is a
     text area;
  3. the keyboard alone fills a dossier, at 375 px wide (no sideways scrolling): Tab, typing, arrows on a
     list and a grid, Space on « sans objet », Enter on « add » and on a fix; the focus stays where the user
     is after each redraw; axe-core (when SIEG_AXE_JS is set) finds no WCAG 2 A/AA violation there.
Usage: holder_test.py SIEG REPO_ROOT"""
import json
import os
import re
import subprocess
import sys
import time

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from harness import Run  # noqa: E402

run = Run("sieg-holder-")
sieg, root, work, check = run.sieg, run.root, run.work, run.check


def page(*args):
    out = os.path.join(work, "-".join(a.replace("/", "_") for a in args) + ".html")
    r = subprocess.run([sieg, *args, "-o", out], capture_output=True, text=True)
    check(f"sieg {' '.join(args)}: exit 0", r.returncode == 0, r.stderr)
    return "file://" + out


# What a form user must never be asked to know.
YAML_TALK = [
    ("quoting advice", re.compile(r"guillemets|\bquotes?\b|\bquoted\b", re.I)),
    ("a raw pattern", re.compile(r"\^|\[0-9\]|\{14\}|\|2A\|")),
    ("« null »", re.compile(r"\bnull\b")),
    ("true/false", re.compile(r"\b(true|false)\b")),
    ("an identifier", re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")),
    ("the file's date form", re.compile(r"AAAA-MM-JJ|YYYY-MM-DD")),
    ("a command", re.compile(r"\bsieg [a-z]")),
    ("a YAML key", None),  # any key of the dossier or review schema followed by a colon (« statut: autre »)
]


def schema_keys():
    keys = set()

    def walk(n):
        if isinstance(n, dict):
            keys.update(n.get("properties", {}).keys())
            for v in n.values():
                walk(v)
        elif isinstance(n, list):
            for v in n:
                walk(v)
    for name in ("dossier", "review"):
        walk(json.load(open(f"schemas/{name}.schema.json", encoding="utf-8")))
    return keys


# A key of the files (snake_case ones: plain words like « action: » are English too), or « key: autre ».
YAML_TALK[-1] = ("a YAML key", re.compile(r"\b(" + "|".join(sorted(re.escape(k) for k in schema_keys() if "_" in k)) +
                                          r"):|\b[a-z]+: (autre|true|false|null)\b"))
# A dossier made of a holder's slips (the page's own words around them are checked, not the typed values).
SLIPS = {
    "porteur": {"siret": '"12345678900012"', "adresse": {"departement": "Landes", "code_postal": "33 000"}},
    "budget": {"aide_demandee": "24 000 €", "depenses": [{"montant": "1.250.000"}], "ressources": [{"montant": "12,5"}]},
    "date_depot": "2015-13-45",
    "calendrier": {"date_debut": "31/02/2015", "duree_mois": "12 mois"},
}

browser = Browser()
visible = """(function () {
  const out = [];
  for (const e of document.querySelectorAll('main .help, main label, main legend, main h2, main option, main .error:not([hidden]), #summary li'))
    out.push(e.textContent);
  return out;
})()"""
try:
    # 1. The page's words, in every page a holder or a juror meets.
    pages = {
        "aquitaine-2015 fr": page("--lang", "fr", "form", "--call", "aquitaine-2015"),
        "aquitaine-2015 en": page("--lang", "en", "form", "--call", "aquitaine-2015"),
        "picardie-sieg fr": page("--lang", "fr", "form", "--call", "picardie-sieg"),
        "picardie-sieg en": page("--lang", "en", "form", "--call", "picardie-sieg"),
        "occitanie-2026 (a call file) fr": page("--lang", "fr", "form", "--call", "examples/calls/occitanie-2026.toml"),
        "review fr": page("--lang", "fr", "form", "--review", "examples/aquitaine-micro-creche.yaml"),
        "review en": page("--lang", "en", "form", "--review", "examples/aquitaine-micro-creche.yaml"),
    }
    for label, url in pages.items():
        browser.goto(url)
        browser.eval("localStorage.clear(); window.siegForm.load(" + json.dumps({} if label.startswith("review") else SLIPS) + ")")
        browser.eval("window.siegForm.validate(), 0")
        texts = browser.eval(visible)
        # The call's rules, as the page words their findings.
        texts += browser.eval("JSON.parse(document.getElementById('sieg-form-data').textContent).rules.map(r => r.statement)")
        for what, rx in YAML_TALK:
            bad = sorted({t for t in texts if rx.search(t)})
            check(f"{label}: no {what} in the page's words", bad == [], bad[:3])
        check(f"{label}: the words were read", len(texts) > 30, len(texts))
        # Every question with a pattern says its form in words, with an example.
        unsaid = browser.eval("""(function () {
          const out = [];
          const walk = (n) => { for (const f of n) {
            if (f.pattern && !f.hint && f.kind !== 'const' && !/\\.grille$/.test(f.path)) out.push(f.path);
            if (f.fields) walk(f.fields);
            if (f.item) walk(f.item.fields || [f.item]);
          } };
          walk(JSON.parse(document.getElementById('sieg-form-data').textContent).fields);
          return out;
        })()""")
        check(f"{label}: every pattern has its form in words", unsaid == [], unsaid)
        if label.endswith(" en"):  # English pages in English (a source's French title in « » aside)
            french = sorted({t for t in browser.eval("[...document.querySelectorAll('main .help')].map(e => e.textContent)")
                             if re.search(r"\b(le|la|les|des|du|est|une|pour|dans)\b", re.sub(r"«[^»]*»|§\d+[^(;.)]*", "", t))})
            check(f"{label}: the help texts are in English", french == [], french[:3])
        stray = re.findall(r".{0,40}\bnull\b.{0,20}", browser.eval("document.getElementById('form').innerText"))
        check(f"{label}: no « null » anywhere in the page", stray == [], stray[:3])

    url = pages["aquitaine-2015 fr"]
    browser.goto(url)
    browser.eval("localStorage.clear(); window.siegForm.load(" + json.dumps(SLIPS) + "); window.siegForm.validate(), 0")
    slot = lambda path: browser.eval(f"document.getElementById('f-{re.sub(r'[^A-Za-z0-9_-]', '-', path)}-error').textContent")  # noqa: E731
    # 2. Each slip with its fix.
    check("« 24 000 € »: the number to write", "un nombre est attendu : écrivez 24000" in slot("budget.aide_demandee"), slot("budget.aide_demandee"))
    check("« 1.250.000 »: thousands dots, the number to write", "écrivez 1250000" in slot("budget.depenses.0.montant"), slot("budget.depenses.0.montant"))
    check("« 12,5 »: a decimal comma, the number to write", "écrivez 12.5" in slot("budget.ressources.0.montant"), slot("budget.ressources.0.montant"))
    check("« Landes »: the form in words", "forme attendue : le numéro du département, par ex. 33, 02 ou 2A" in slot("porteur.adresse.departement"),
          slot("porteur.adresse.departement"))
    check("a SIRET typed in quotes: the form in words", "14 chiffres, par ex. 12345678900012" in slot("porteur.siret"), slot("porteur.siret"))
    check("a date that does not exist: the form the page takes", "une date qui existe, par ex. 29/05/2015" in slot("date_depot"), slot("date_depot"))
    browser.eval("document.querySelector('[data-fix=\"budget.aide_demandee\"]').click(), 0")
    tree = yaml.safe_load(browser.eval("window.siegForm.yaml()"))
    check("the fix button writes 24000", tree["budget"]["aide_demandee"] == 24000, tree["budget"])
    check("the fix button keeps the focus on the question", browser.eval("document.activeElement.dataset.path") == "budget.aide_demandee",
          browser.eval("document.activeElement.outerHTML.slice(0, 120)"))
    browser.eval("window.siegForm.validate(), 0")
    check("fixed: no problem left on the amount", slot("budget.aide_demandee") == "", slot("budget.aide_demandee"))
    # The number offered is sieg validate's hint, literal for literal (lib/schema/validate.cpp, type_hint).
    literals = ["24 000 €", "12,5", "1.250.000", "0450", "24 000,50 €", "1\u00a0250\u202f000", "abc", "12 mois", "1,250,000",
                "1.2.3", "00", "€", "40 000.5", "2'500", "7_000"]
    for lit in literals:
        f = os.path.join(work, "literal.yaml")
        with open(f, "w", encoding="utf-8") as out:
            out.write("format: 1\nappel: aquitaine-2015\nbudget:\n  aide_demandee: " + json.dumps(lit, ensure_ascii=False) + "\n")
        r = subprocess.run([sieg, "--lang", "en", "validate", "--shape-only", f], capture_output=True, text=True)
        m = re.search(r"aide_demandee\)[^\n]*\n\s*= help: (?:write the number in digits, without spaces or symbols|use a point as the decimal "
                      r"separator|write the number without a leading zero|a thousands dot\? write):? (\S+)", r.stdout)
        cli = m.group(1) if m else None
        page_fix = browser.eval(f"SiegCore.numberFix({json.dumps(lit)})")
        check(f"the fix for « {lit} » is sieg validate's", cli == page_fix, f"validate {cli!r}, page {page_fix!r}")
    # The summary names the questions; the budget's totals stand in the budget's section.
    link = browser.eval("(document.querySelector('#summary li[data-problem=\"porteur.adresse.departement\"] a') || {}).textContent")
    check("the summary names the question", link == "Porteur de l'action › Adresse du porteur › Département du siège", link)
    link = browser.eval("(document.querySelector('#summary li[data-problem=\"budget.depenses.0.montant\"] a') || {}).textContent")
    check("the summary names a list's item", link == "Budget prévisionnel › Dépenses › Dépense 1 › Montant de la dépense", link)
    check("the budget's totals in the budget's section", browser.eval("!!document.querySelector('section[data-section=\"budget\"] #budget')"))
    # Dates in the page's order.
    browser.eval("localStorage.clear(); window.siegForm.load({})")
    box = "document.querySelector('[data-path=\"date_depot\"]')"
    check("a date box in the page's order", browser.eval(f"{box}.type + ' ' + {box}.placeholder") == "text JJ/MM/AAAA")
    browser.eval(f"{box}.value = '29/05/2015'; {box}.dispatchEvent(new Event('input', {{ bubbles: true }})); 0")
    check("29/05/2015 is written 2015-05-29", browser.eval("window.siegForm.doc().date_depot") == "2015-05-29")
    browser.goto(url)  # the draft comes back
    check("and shown again as 29/05/2015", browser.eval(f"{box}.value") == "29/05/2015", browser.eval(f"{box}.value"))
    # The grid is the call's, shown not typed; a history is a text area.
    browser.eval("localStorage.clear(); window.siegForm.load({auto_evaluation: [{date: '2015-05-01'}]})")
    check("the grid is not a box to type in", browser.eval("document.querySelectorAll('[data-path$=\".grille\"]').length") == 0)
    grid = browser.eval("document.querySelector('[data-field=\"auto_evaluation.0.grille\"]').textContent")
    check("the grid is named and explained", "Grille : Grille de lecture du jury — AMI Innovation sociale Aquitaine 2015" in grid
          and "rien à remplir" in grid, grid)
    check("a history is a text area", browser.eval("document.querySelector('[data-path=\"action.historique\"]').tagName") == "TEXTAREA")

    # 3. Keyboard only, 375 px wide.
    browser.send("Emulation.setDeviceMetricsOverride", width=375, height=740, deviceScaleFactor=2, mobile=True)
    browser.goto(url)
    browser.eval("localStorage.clear(); window.siegForm.load({}); document.activeElement.blur(); 0")
    width = browser.eval("document.documentElement.scrollWidth")
    check("375 px: no sideways scrolling", width <= 375, width)

    def key(name, code, vk, text=None, shift=False):
        extra = {"text": text} if text else {}
        mods = 8 if shift else 0
        browser.send("Input.dispatchKeyEvent", type="keyDown", key=name, code=code, windowsVirtualKeyCode=vk, modifiers=mods, **extra)
        browser.send("Input.dispatchKeyEvent", type="keyUp", key=name, code=code, windowsVirtualKeyCode=vk, modifiers=mods)

    def active(selector):
        return browser.eval(f"!!document.activeElement && document.activeElement.matches({json.dumps(selector)})")

    def tab_to(selector, limit=600):
        for _ in range(limit):
            if active(selector):
                return True
            key("Tab", "Tab", 9)
        check(f"keyboard: Tab reaches {selector}", False)
        return False

    def type_text(text):
        browser.send("Input.insertText", text=text)

    enter = lambda: key("Enter", "Enter", 13, "\r")  # noqa: E731
    space = lambda: key(" ", "Space", 32, " ")  # noqa: E731
    if tab_to('[data-path="date_depot"]'):
        type_text("29/05/2015")
    if tab_to('[data-path="action.intitule"]'):
        type_text("Répar'Café mobile")
    if tab_to('[data-add="action.objectifs"]'):
        enter()
        check("keyboard: after « add », the focus is in the new item", active('[data-path="action.objectifs.0"]'))
        type_text("Réparer plutôt que jeter")
    if tab_to('[data-path="porteur.statut"]'):
        for _ in range(20):
            if browser.eval("document.activeElement.value") == "association":
                break
            key("ArrowDown", "ArrowDown", 40)
    if tab_to('[data-sans-objet="porteur.historique"]'):
        space()
        check("keyboard: after « sans objet », the focus stays on the box", active('[data-sans-objet="porteur.historique"]'))
        key("Tab", "Tab", 9)
        check("keyboard: the reason comes next", active('[data-path="porteur.historique.sans_objet"]'))
        type_text("Association créée en 2015")
    if tab_to('[data-path="porteur.adresse.departement"]'):
        type_text("40")
    if tab_to('[data-path="budget.aide_demandee"]'):
        type_text("24 000 €")
        time.sleep(0.4)  # the verdict runs 120 ms after the last key
        key("Tab", "Tab", 9)
        check("keyboard: the fix comes right after the question", active('[data-fix="budget.aide_demandee"]'))
        enter()
    if tab_to('[data-add="auto_evaluation"]'):
        enter()
        check("keyboard: a new self-assessment, focus in it", active('[data-item="auto_evaluation.0"] :is(input, select, textarea)'))
        marker = browser.eval("JSON.parse(document.getElementById('sieg-form-data').textContent).grid.markers[0].id")
        if tab_to(f'input[type=radio][data-path="auto_evaluation.0.niveaux.{marker}.niveau"]'):
            space()
            key("ArrowRight", "ArrowRight", 39)
    doc = browser.eval("window.siegForm.doc()")
    got = {
        "date": doc.get("date_depot"),
        "intitule": doc.get("action", {}).get("intitule"),
        "objectif": (doc.get("action", {}).get("objectifs") or [None])[0],
        "statut": doc.get("porteur", {}).get("statut"),
        "historique": doc.get("porteur", {}).get("historique"),
        "departement": doc.get("porteur", {}).get("adresse", {}).get("departement"),
        "aide": browser.eval("String(window.siegForm.doc().budget.aide_demandee.t)"),
        "niveau": browser.eval(f"String(((((window.siegForm.doc().auto_evaluation || [])[0] || {{}}).niveaux || {{}})['{marker}'] || {{}}).niveau?.t)"),
    }
    want = {"date": "2015-05-29", "intitule": "Répar'Café mobile", "objectif": "Réparer plutôt que jeter", "statut": "association",
            "historique": {"sans_objet": "Association créée en 2015"}, "departement": "40", "aide": "24000", "niveau": "1"}
    check("keyboard only: the dossier as typed", got == want, f"{got} vs {want}")
    if tab_to("#download"):
        before = set(os.listdir(browser.downloads))
        enter()
        for _ in range(200):
            new = [f for f in os.listdir(browser.downloads) if f not in before and not f.endswith(".crdownload")]
            if new:
                break
            time.sleep(0.05)
        check("keyboard: Enter on « download » gives the file", bool(new) and new[0] == "repar-cafe-mobile.yaml", new)
    width = browser.eval("document.documentElement.scrollWidth")
    check("375 px, filled and with its messages: no sideways scrolling", width <= 375, width)
    axe = os.environ.get("SIEG_AXE_JS")
    if axe:
        browser.send("Page.setBypassCSP", enabled=True)
        browser.goto(url)
        browser.eval("localStorage.clear(); window.siegForm.load(" + json.dumps(SLIPS) + "); window.siegForm.validate(), 0")
        browser.eval(open(axe, encoding="utf-8").read() + ";0")
        violations = browser.eval("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']}).then(r => r.violations.map(v => v.id + ' (' + v.nodes.length + ')'))")
        check("375 px with the slips' messages and fix buttons: axe-core finds no WCAG 2 A/AA violation", violations == [], violations)
    else:
        print("note: axe-core not available: the narrow page's accessibility is not checked")
    check("no exception in the page", browser.exceptions() == [], json.dumps(browser.exceptions())[:800])
finally:
    browser.close()

run.finish("holder")
