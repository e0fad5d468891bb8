#!/usr/bin/env python3
"""Generates COUNT dossiers of realistic size and variety for bench/check.sh.

    bench/generate.py DIR COUNT [SEED]

Each dossier starts from one of the valid examples and is varied, deterministically from SEED:
a numbered title; partners dropped or added (an « antenne » of an existing one); prose answers
lengthened by one to four sentences; all amounts of one dossier in three scaled by 0.7 to 1.3 (the
budget still balances), and one amount of one dossier in twenty changed (its budget no longer
balances: a warning, as in a real call); and, for one dossier in three whose example has reviews,
a copy of those reviews naming the new dossier. Writes DIR/dossiers/*.yaml, DIR/evaluations/ and
DIR/sieg.toml. Text-level edits only (no YAML library needed): they touch lines whose shape is known.
"""
import os
import random
import re
import sys

EXAMPLES = ["aquitaine-micro-creche", "aquitaine-paniers-etudiants", "aquitaine-art-renouvellement-urbain",
            "picardie-renovation-logement", "picardie-essaimage-epicerie-mobile"]
SENTENCES = ["Le comité de pilotage se réunit chaque trimestre.",
             "Les habitants participent aux choix à chaque étape.",
             "Un bilan intermédiaire est partagé avec les partenaires.",
             "Les outils produits seront diffusés sous licence libre.",
             "La démarche s'appuie sur un diagnostic partagé du territoire."]
PLAIN_TEXT = re.compile(r"^(\s+(?:- )?[a-z_]+: )([A-ZÀÂÉÈÊÎÔÛÇ][^\"'{\[#]*[^:\s])$")
AMOUNT = re.compile(r"(montant: )(\d+)")


def partners(lines, rng):
    """Drops one partner or adds an « antenne » of one, in the block list under `partenaires:`."""
    try:
        start = lines.index("partenaires:") + 1
    except ValueError:
        return lines
    end = start
    while end < len(lines) and (lines[end].startswith("  ") or lines[end] == ""):
        end += 1
    while end > start and lines[end - 1] == "":
        end -= 1
    items, current = [], None
    for line in lines[start:end]:
        if line.startswith("  - "):
            current = [line]
            items.append(current)
        elif current is not None:
            current.append(line)
    if len(items) < 2:
        return lines
    choice = rng.random()
    if choice < 0.3:
        del items[rng.randrange(len(items))]
    elif choice < 0.7:
        copy = list(rng.choice(items))
        copy[0] = re.sub(r"^(  - nom: )(.*)$", lambda m: m.group(1) + m.group(2).strip('"') + " antenne " + str(rng.randint(2, 9)), copy[0])
        items.append(copy)
    return lines[:start] + [l for item in items for l in item] + lines[end:]


NAMES = ("nom", "commune", "libelle", "financeur", "intitule", "fonction", "forme_juridique")


def vary(text, number, rng):
    lines = text.split("\n")
    lines = partners(lines, rng)
    factor = rng.choice([0.7, 0.8, 0.9, 1.1, 1.2, 1.3]) if rng.random() < 1 / 3 else 1.0  # amounts are tens: exact
    amounts = [i for i, line in enumerate(lines) if AMOUNT.search(line)]
    unbalanced = rng.choice(amounts) if amounts and rng.random() < 1 / 20 else -1
    out = []
    for i, line in enumerate(lines):
        m = PLAIN_TEXT.match(line)
        if line.startswith("  intitule: "):
            line = line.replace("  intitule: ", "  intitule: (n°%d) " % number, 1)
        elif m and len(m.group(2)) >= 40 and m.group(1).strip(" -:") not in NAMES and rng.random() < 0.3:
            line += " " + " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
        f = factor * (1.5 if i == unbalanced else 1.0)
        if f != 1.0:
            line = AMOUNT.sub(lambda a: a.group(1) + str(int(round(int(a.group(2)) * f))), line)
        out.append(line)
    return "\n".join(out)


def copy_reviews(source, target, stem):
    os.makedirs(target)
    for name in sorted(os.listdir(source)):
        text = open(os.path.join(source, name), encoding="utf-8").read()
        text = re.sub(r"(?m)^dossier: .*$", "dossier: " + stem, text)
        with open(os.path.join(target, name), "w", encoding="utf-8") as f:
            f.write(text)


def main():
    root, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2015)
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
    sources = {name: open(os.path.join(here, name + ".yaml"), encoding="utf-8").read() for name in EXAMPLES}
    os.makedirs(os.path.join(root, "dossiers"), exist_ok=True)
    for i in range(1, count + 1):
        name = EXAMPLES[(i - 1) % len(EXAMPLES)]
        stem = "d%06d" % i
        with open(os.path.join(root, "dossiers", stem + ".yaml"), "w", encoding="utf-8") as f:
            f.write(vary(sources[name], i, rng))
        reviews = os.path.join(here, "evaluations", name)
        if os.path.isdir(reviews) and rng.random() < 1 / 3:
            copy_reviews(reviews, os.path.join(root, "evaluations", stem), stem)
    with open(os.path.join(root, "sieg.toml"), "w", encoding="utf-8") as f:
        f.write('dossiers = ["dossiers/*.yaml"]\nreviews = "evaluations"\n')


if __name__ == "__main__":
    main()
