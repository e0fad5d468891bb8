#!/usr/bin/env bash
# The form page's script under node's built-in test runner (tests/form/*.test.js; Debian's nodejs).
# Usage: node.sh REPO_ROOT   (exit 77 = skipped: node is not installed; scripts/install-deps.sh installs it)
set -u
node=$(command -v node || command -v nodejs) || { echo "SKIP: node is not installed (apt-get install nodejs)"; exit 77; }
cd "$1" || exit 2
exec "$node" --test tests/form/*.test.js
