#!/usr/bin/env python3
"""Keeps the editor keywords of schemas/{dossier,review,decision}.schema.json in step with sieg's own
annotations.

Editors (yaml-language-server, VS Code's YAML extension) know neither x-enum-titles nor x-title-en; they
read the standard enumDescriptions (one text per enum value, shown beside each choice) and
markdownDescription (shown on hover and with each key's completion). Both are derived here from title,
description and x-enum-titles, so the schema stays the one source: a key's documentation starts with its
title in bold; a choice's with its title. An empty value (null), which a file still to fill in may hold,
is « à remplir ». Usage: gen-editor-keys.py [--check]   (--check: exit 1 when out of step)."""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = [ROOT / 'schemas' / n for n in ('dossier.schema.json', 'review.schema.json', 'decision.schema.json')]
EMPTY = 'à remplir'


def document(node):
    """markdownDescription (and enumDescriptions) of one schema with a title, from its own annotations."""
    head = []
    if node.get('title') and node.get('description'):
        head.append(f"**{node['title']}** — {node['description']}")
    elif node.get('description'):
        head.append(node['description'])
    if 'enum' in node and 'x-enum-titles' in node:
        titles = node['x-enum-titles']
        node['enumDescriptions'] = [EMPTY if v is None else titles[v][0] for v in node['enum']]
        head.append('\n'.join(f'- `{v}` : {titles[v][0]}' for v in node['enum'] if v is not None))
    if head and (node.get('title') or 'x-enum-titles' in node):
        node['markdownDescription'] = '\n\n'.join(head)


def walk(node, is_property=False):
    if isinstance(node, dict):
        if is_property or ('enum' in node and 'x-enum-titles' in node):
            document(node)
        for key, v in node.items():
            if key in ('properties', 'patternProperties', 'definitions'):
                for sub in v.values():
                    walk(sub, key != 'definitions')
            elif key in ('enum', 'required', 'x-enum-titles', 'const', 'examples', 'x-calls', 'enumDescriptions'):
                continue
            else:
                walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)


def main():
    status = 0
    for schema in SCHEMAS:
        text = schema.read_text(encoding='utf-8')
        doc = json.loads(text)
        walk(doc)
        out = json.dumps(doc, ensure_ascii=False, indent=2) + '\n'
        if '--check' in sys.argv:
            if out != text:
                print(f'schemas/{schema.name}: enumDescriptions/markdownDescription out of step; run scripts/gen-editor-keys.py')
                status = 1
        else:
            schema.write_text(out, encoding='utf-8')
    return status


if __name__ == '__main__':
    sys.exit(main())
