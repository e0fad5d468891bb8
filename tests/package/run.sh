#!/usr/bin/env bash
# The Debian package: cpack -G DEB in the build folder, unpacked in a clean folder (dpkg-deb -x), then
# what an installed sieg must have: a binary that runs, man pages man can read, the three completions,
# the schemas (the same bytes as schemas/), the copyright file, and Depends taken from the libraries
# actually linked. Usage: run.sh BUILD_DIR REPO_ROOT   (exit 77 = skipped: no dpkg-deb or dpkg-shlibdeps)
set -u
build=$(realpath "$1")
root=$(realpath "$2")
for tool in dpkg-deb dpkg-shlibdeps cpack man; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is needed (dpkg-dev, cmake, man-db); .ci/run installs them"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # $1 = label, then a command that must succeed
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $label"; fi
}
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { echo "FAIL: cpack"; cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/sieg_*.deb 2>/dev/null | head -1)
check "a .deb is made" test -f "$deb"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -f "$deb" Depends > "$work/depends"
version=$("$work/root/usr/bin/sieg" --version)
check "the packaged sieg runs ($version)" test -n "$version"
check "its version is the build's" test "$version" = "$("$build/sieg" --version)"
# X.Y.Z, X.Y.Z+N.gHASH or X.Y.Z+gHASH (sieg --version) is X.Y.Z, X.Y.Z+gitN.HASH or X.Y.Z+git.HASH in Debian.
expected=$(echo "${version#sieg }" | sed -E 's/\+([0-9]+)\.g/+git\1./; s/\+g([0-9a-f]+)$/+git.\1/')
check "the package version ($(dpkg-deb -f "$deb" Version)) is the binary's ($expected)" test "$(dpkg-deb -f "$deb" Version)" = "$expected"
check "Depends names yaml-cpp" grep -q 'libyaml-cpp0.7' "$work/depends"
check "Depends names libutf8proc" grep -q 'libutf8proc2' "$work/depends"
check "Depends names fmt" grep -q 'libfmt9' "$work/depends"
check "man -l sieg.1" bash -c "man -l '$work/root/usr/share/man/man1/sieg.1' | grep -q 'social-innovation'"
check "man -l sieg-check.1" bash -c "man -l '$work/root/usr/share/man/man1/sieg-check.1' | grep -q 'changed-since'"
check "man -l sieg-dossier.5" test -s "$work/root/usr/share/man/man5/sieg-dossier.5"
check "bash completion" bash -c "source '$work/root/usr/share/bash-completion/completions/sieg' && complete -p sieg"
check "zsh completion" grep -q '^#compdef sieg' "$work/root/usr/share/zsh/vendor-completions/_sieg"
check "fish completion" grep -q '^complete -c sieg' "$work/root/usr/share/fish/vendor_completions.d/sieg.fish"
check "dossier schema = schemas/" cmp "$work/root/usr/share/sieg/schemas/dossier.schema.json" "$root/schemas/dossier.schema.json"
check "review schema = schemas/" cmp "$work/root/usr/share/sieg/schemas/review.schema.json" "$root/schemas/review.schema.json"
check "decision schema = schemas/" cmp "$work/root/usr/share/sieg/schemas/decision.schema.json" "$root/schemas/decision.schema.json"
check "review schemas per grid" test -s "$work/root/usr/share/sieg/schemas/review-aquitaine.schema.json" -a -s "$work/root/usr/share/sieg/schemas/review-picardie.schema.json"
check "copyright file" test -s "$work/root/usr/share/doc/sieg/copyright"
# The installed sieg finds its installed schema: sieg new outside a repository writes a modeline to it.
(cd "$work" && "$work/root/usr/bin/sieg" new essai >/dev/null)
check "sieg new points at the installed schema" grep -qx "# yaml-language-server: \$schema=$work/root/usr/share/sieg/schemas/dossier.schema.json" <(head -1 "$work/essai.yaml")
echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
