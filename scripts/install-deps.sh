#!/bin/sh
# Installs what sieg needs to build and test on Debian 12, as root. Debian packages only.
# chromium, fonts-dejavu-core, cmark-gfm and python3 serve the browser test of HTML reports (tests/browser);
# python3-yaml the differential test against ajv (tests/differential; ajv itself comes from npm);
# python3-websocket drives Chromium through the DevTools protocol for the form's test (tests/form).
# pre-commit: the hooks' test (tests/precommit); npm: the tests' npm tools (ajv, axe-core, yaml-language-server,
# the SARIF schema), each skipped when the registry is unreachable; nodejs: node's built-in test runner for the form's script and the form's differential test (tests/form);
# zsh and fish: the completion tests; poppler-utils: pdftotext for the PDF test; dpkg-dev: the .deb test.
# A machine that already has node (NodeSource's nodejs bundles npm and conflicts with Debian's npm package)
# keeps its own: nodejs and npm are asked for only when their command is missing.
set -eu
export DEBIAN_FRONTEND=noninteractive
node_pkgs=""
command -v node >/dev/null 2>&1 || node_pkgs="nodejs"
command -v npm >/dev/null 2>&1 || node_pkgs="$node_pkgs npm"
apt-get update -qq
# shellcheck disable=SC2086 # node_pkgs is a word list
apt-get install -y -qq --no-install-recommends \
  cmake g++ make man-db git jq libxml2-utils \
  libcli11-dev libutf8proc-dev libyaml-cpp-dev libfmt-dev libtomlplusplus-dev doctest-dev nlohmann-json3-dev \
  json-schema-test-suite \
  chromium fonts-dejavu-core cmark-gfm python3 python3-yaml python3-websocket \
  $node_pkgs pre-commit zsh fish poppler-utils dpkg-dev
