#!/usr/bin/env bash
# sieg form's page in a real browser: Debian's Chromium driven through the DevTools protocol by
# form_test.py (python3-websocket, python3-yaml). Usage: run.sh SIEG_BINARY REPO_ROOT
# (exit 77 = skipped: no chromium or no python3-websocket; .ci/run installs both).
set -u
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)
if ! command -v chromium >/dev/null; then
  echo "SKIP: chromium is not installed (apt-get install chromium)"
  exit 77
fi
if ! "$py" -c 'import websocket, yaml' 2>/dev/null; then
  echo "SKIP: python3-websocket and python3-yaml are needed (apt-get install python3-websocket python3-yaml)"
  exit 77
fi
exec "$py" "$(dirname "$0")/form_test.py" "$1" "$2"
