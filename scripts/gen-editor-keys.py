#!/usr/bin/env python3
"""Keeps the editor keywords of schemas/dossier.schema.json in step with sieg's own annotations.

Editors (yaml-language-server, VS Code's YAML extension) know neither x-enum-titles nor x-title-en; they
read the standard enumDescriptions (one text per enum value, shown beside each choice) and
markdownDescription (shown on hover). Both are derived here from x-enum-titles and description, so the
schema stays the one source. Usage: gen-editor-keys.py [--check]   (--check: exit 1 when out of step)."""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / 'schemas' / 'dossier.schema.json'


def walk(node):
    if isinstance(node, dict):
        if 'enum' in node and 'x-enum-titles' in node:
            titles = node['x-enum-titles']
            node['enumDescriptions'] = [titles[v][0] for v in node['enum']]
            lines = [node.get('description', '')] if node.get('description') else []
            lines.append('\n'.join(f'- `{v}` : {titles[v][0]}' for v in node['enum']))
            node['markdownDescription'] = '\n\n'.join(lines)
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)


def main():
    text = SCHEMA.read_text(encoding='utf-8')
    doc = json.loads(text)
    walk(doc)
    out = json.dumps(doc, ensure_ascii=False, indent=2) + '\n'
    if '--check' in sys.argv:
        if out != text:
            print('schemas/dossier.schema.json: enumDescriptions/markdownDescription out of step; run scripts/gen-editor-keys.py')
            return 1
        return 0
    SCHEMA.write_text(out, encoding='utf-8')
    return 0


if __name__ == '__main__':
    sys.exit(main())
