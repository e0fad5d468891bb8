#!/usr/bin/env python3
"""Rewrites the key list of man/sieg-dossier.5 (section CLÉS) and man/sieg-review.5 (section CLÉS)
from the JSON Schemas. Run after changing a schema; tests fail while a key is undocumented."""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
REFS = {'texte': 'texte', 'montant': 'montant (€)', 'date': 'date', 'courriel': 'courriel',
        'departement': 'département'}


def kind(p):
    if '$ref' in p:
        return REFS[p['$ref'].split('/')[-1]]
    if 'enum' in p:
        return 'valeur parmi : ' + ', '.join(p['enum'])
    t = p.get('type')
    if t == 'array':
        it = p['items']
        return 'liste de tables' if it.get('type') == 'object' else 'liste de ' + kind(it)
    if t == 'object' and 'additionalProperties' in p and not p.get('properties'):
        return 'table : repère → { niveau, ' + ', '.join(
            k for k in p['additionalProperties'].get('properties', {}) if k != 'niveau') + ' }'
    return {'string': 'texte', 'integer': 'entier', 'number': 'nombre', 'boolean': 'booléen (true/false)',
            'object': 'table'}.get(t, str(t))


def rows(node, prefix, required, out):
    for k, p in node.get('properties', {}).items():
        path = prefix + k
        out.append((path, kind(p), p.get('title', ''), k in required, p.get('x-personal', False)))
        if p.get('type') == 'object':
            rows(p, path + '.', set(p.get('required', [])), out)
        if p.get('type') == 'array' and p['items'].get('type') == 'object':
            rows(p['items'], path + '[].', set(p['items'].get('required', [])), out)


def roff(schema):
    out = []
    rows(schema, '', set(schema.get('required', [])), out)
    lines = []
    for path, t, title, req, personal in out:
        lines.append('.TP\n.B %s\n%s \\(em %s%s%s' % (
            path.replace('-', '\\-'), title, t, ' ; \\fBobligatoire\\fR' if req else '',
            ' ; donnée personnelle' if personal else ''))
    return '\n'.join(lines) + '\n'


def rewrite(man, schema):
    text = (ROOT / man).read_text()
    keys = roff(json.loads((ROOT / schema).read_text()))
    new = re.sub(r'(\\fB\[\]\\fR désigne chaque élément d\'une liste\.\n)(.*?)(\.SH )',
                 lambda m: m.group(1) + keys + m.group(3), text, count=1, flags=re.S)
    (ROOT / man).write_text(new)


rewrite('man/sieg-dossier.5', 'schemas/dossier.schema.json')
if (ROOT / 'man/sieg-review.5').exists():
    rewrite('man/sieg-review.5', 'schemas/review.schema.json')
