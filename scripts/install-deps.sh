#!/bin/sh
# Installs what sieg needs to build and test on Debian 12, as root. Debian packages only.
# chromium, fonts-dejavu-core, cmark-gfm and python3 serve the browser test of HTML reports (tests/browser);
# python3-yaml the differential test against ajv (tests/differential; ajv itself comes from npm);
# python3-websocket drives Chromium through the DevTools protocol for the form's test (tests/form).
# pre-commit: the hooks' test (tests/precommit); npm: the tests' npm tools (ajv, axe-core, yaml-language-server,
# the SARIF schema), each skipped when the registry is unreachable; nodejs: node's built-in test runner for the form's script and the form's differential test (tests/form);
# zsh and fish: the completion tests; poppler-utils: pdftotext for the PDF test; dpkg-dev: the .deb test.
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  cmake g++ make man-db git jq libxml2-utils \
  libcli11-dev libutf8proc-dev libyaml-cpp-dev libfmt-dev libtomlplusplus-dev doctest-dev nlohmann-json3-dev \
  json-schema-test-suite \
  chromium fonts-dejavu-core cmark-gfm python3 python3-yaml python3-websocket \
  nodejs npm pre-commit zsh fish poppler-utils dpkg-dev
