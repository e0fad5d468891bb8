#!/usr/bin/env bash
# sieg's pre-commit hooks (.pre-commit-hooks.yaml) through pre-commit itself, on a real repository: the
# README's .pre-commit-config.yaml is valid; a commit that deletes a dossier whose reviews stay is refused
# by sieg-check (SIEG-R020, as CI says), while sieg-check-files, which pre-commit gives no deleted path,
# lets it through; a clean commit passes.
# Usage: run.sh SIEG_BINARY REPO_ROOT   (exit 77 = skipped: pre-commit is not installed)
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
command -v pre-commit >/dev/null || { echo "SKIP: pre-commit is not installed (apt-get install pre-commit)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$sieg" "$work/bin/sieg"
export PATH="$work/bin:$PATH" PRE_COMMIT_HOME="$work/cache" HOME="$work" SIEG_CACHE_DIR="$work/sieg-cache" LANG=C.UTF-8
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
passed=0 failed=0
check() {  # $1 label, $2 condition result (0 = ok), $3 detail
  if [ "$2" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; [ -n "${3:-}" ] && echo "$3" | head -20; fi
}

# The README's configuration, as written there.
sed -n '/^```yaml$/,/^```$/p' "$root/README.md" | awk '/^repos:/{on=1} on && /^```$/{exit} on' > "$work/readme-config.yaml"
out=$(pre-commit validate-config "$work/readme-config.yaml" 2>&1)
check "the README's .pre-commit-config.yaml is valid" $? "$out"
grep -q 'id: sieg-check$' "$work/readme-config.yaml"
check "the README's configuration uses the sieg-check hook" $?
out=$(pre-commit validate-manifest "$root/.pre-commit-hooks.yaml" 2>&1)
check ".pre-commit-hooks.yaml is a valid manifest" $? "$out"

# A repository with a dossier and its reviews, committed.
cd "$work" && sieg init --call aquitaine-2015 repo > /dev/null && cd repo || exit 2
cp "$root/examples/aquitaine-micro-creche.yaml" dossiers/creche.yaml
mkdir -p evaluations/creche
for f in "$root"/examples/evaluations/aquitaine-micro-creche/*.yaml; do
  sed 's/^dossier: .*/dossier: creche/' "$f" > "evaluations/creche/$(basename "$f")"
done
git init -q . && git add -A && git commit -qm init
# The hooks as they are in the working tree (try-repo takes uncommitted changes too).
hook() { pre-commit try-repo "$root" "$1" 2>&1; }

out=$(hook sieg-check)
check "a clean commit passes sieg-check" $? "$out"
git rm -q dossiers/creche.yaml
out=$(hook sieg-check)
rc=$?
[ $rc -ne 0 ] && echo "$out" | grep -q 'SIEG-R020'
check "deleting a dossier whose reviews stay: sieg-check fails with SIEG-R020 (exit $rc)" $? "$out"
out=$(hook sieg-check-files)
check "sieg-check-files sees no file of that commit (why sieg-check is the default)" $? "$out"
git reset -q --hard
# A fresh repository without a commit: sieg-check checks everything.
mkdir "$work/fresh" && cd "$work/fresh" && sieg init --call aquitaine-2015 r > /dev/null && cd r && git init -q . && git add -A
out=$(hook sieg-check)
check "no commit yet: sieg-check checks the whole repository and passes" $? "$out"
printf 'format: [\n' > dossiers/casse.yaml && git add -A
out=$(hook sieg-check)
rc=$?
[ $rc -ne 0 ] && echo "$out" | grep -q 'SIEG-L010'
check "no commit yet: a broken dossier fails (exit $rc)" $? "$out"

echo "precommit: $passed passed, $failed failed"
[ "$failed" = 0 ]
