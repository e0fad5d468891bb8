#!/usr/bin/env python3
"""Writes mutated dossiers as JSON for the differential test against ajv.

Usage: mutate.py OUT_DIR COUNT SEED DOSSIER.yaml...
Each output is one of the example dossiers with one or two mutations: a key dropped, a list item
duplicated, a value retyped, a key renamed, a value pushed out of range (numbers, lengths, dates,
enums, patterns, formats). Some mutations keep the dossier valid; both validators must agree anyway.
Needs python3-yaml (Debian) to read the examples.
"""
import datetime, json, os, random, sys

import yaml


def plain(v):
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    return v


def paths(v, at=()):
    """Every (container, key) pair in the document."""
    out = []
    if isinstance(v, dict):
        for k in list(v):
            out.append((v, k))
            out += paths(v[k], at + (k,))
    elif isinstance(v, list):
        for i in range(len(v)):
            out.append((v, i))
            out += paths(v[i], at + (i,))
    return out


def typo(k, rnd):
    if len(k) > 2 and rnd.random() < 0.5:
        i = rnd.randrange(len(k))
        return k[:i] + k[i + 1:]
    i = rnd.randrange(len(k) + 1)
    return k[:i] + rnd.choice('aeiouxz_') + k[i:]


def out_of_range(v, rnd):
    if isinstance(v, bool):
        return rnd.choice(['true', 'oui', 1, None])
    if isinstance(v, int):
        return rnd.choice([-1, -v, 0, 10 ** 12, v + 0.5, 2 ** 53 + 1, 1e300, -0.0])
    if isinstance(v, float):
        return rnd.choice([-v, 1e308, 0.1])
    if isinstance(v, str):
        return rnd.choice(['', ' ', 'x' * 20000, '2015-02-30', '2015-13-01', '2015-1-1', '15-05-2015',
                           'not-an-email', 'a@b', 'a@b.c', 'emergence ', 'EMERGENCE', '1234567890123',
                           '123456789012345', '3300', '2A', '97', v + v, v.upper(), '0' + v,
                           '\u00e9' + v, 'x@' + v])
    return v


def mutate(doc, rnd):
    spots = paths(doc)
    if not spots:
        return doc
    parent, key = rnd.choice(spots)
    kind = rnd.choice(['drop', 'duplicate', 'retype', 'rename', 'range', 'range', 'range'])
    value = parent[key]
    if kind == 'drop':
        del parent[key]
    elif kind == 'duplicate':
        if isinstance(parent, list):
            parent.insert(key, json.loads(json.dumps(value)))
        else:
            parent[key + '_copie'] = json.loads(json.dumps(value))
    elif kind == 'retype':
        choices = [str(value), 42, 4.5, True, None, [value], {'valeur': value}]
        if isinstance(value, (list, dict)):
            choices.append(json.dumps(value))
        parent[key] = rnd.choice(choices)
    elif kind == 'rename' and isinstance(parent, dict):
        parent[typo(key, rnd)] = parent.pop(key)
    else:
        parent[key] = out_of_range(value, rnd)
    return doc


def main():
    out, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    bases = [plain(yaml.safe_load(open(f, encoding='utf-8'))) for f in sys.argv[4:]]
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        doc = json.loads(json.dumps(rnd.choice(bases)))
        for _ in range(rnd.choice([1, 1, 2])):
            doc = mutate(doc, rnd)
        with open(os.path.join(out, 'm%05d.json' % i), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)


main()
