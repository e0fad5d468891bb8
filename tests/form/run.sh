#!/usr/bin/env bash
# sieg form's page in a real browser: Debian's Chromium driven through the DevTools protocol by
# form_test.py and holder_test.py (python3-websocket, python3-yaml); accessibility checked with axe-core (WCAG 2 A and AA)
# when npm can install it into CACHE_DIR (else that check alone is skipped, with a message).
# Usage: run.sh SIEG_BINARY REPO_ROOT [CACHE_DIR]
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
cache=${3:-}
if [ -n "$cache" ] && command -v npm >/dev/null; then
  mkdir -p "$cache"
  if [ ! -f "$cache/node_modules/axe-core/axe.min.js" ]; then
    timeout 300 npm install --silent --no-audit --no-fund --prefix "$cache" axe-core@4 >"$cache/npm.log" 2>&1 ||
      echo "note: npm could not install axe-core (registry unreachable?): the accessibility check is skipped"
  fi
  [ -f "$cache/node_modules/axe-core/axe.min.js" ] && export SIEG_AXE_JS="$cache/node_modules/axe-core/axe.min.js"
fi
"$py" "$(dirname "$0")/form_test.py" "$1" "$2"
first=$?
"$py" "$(dirname "$0")/holder_test.py" "$1" "$2"
second=$?
[ $first -eq 0 ] && [ $second -eq 0 ]
