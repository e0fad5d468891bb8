# Sourced by the test scripts that need a tool from npm: npm_tool CACHE FILE PACKAGE... installs the
# packages into CACHE unless CACHE/FILE is already there, and exits 77 (skipped, with the reason) when npm
# is missing or the registry does not answer. Never at build time; only the test that needs it fetches it.
npm_tool() {
  local cache=$1 file=$2
  shift 2
  [ -e "$cache/$file" ] && return 0
  command -v npm >/dev/null || { echo "SKIP: npm is not installed, $* cannot be fetched"; exit 77; }
  mkdir -p "$cache"
  if ! timeout 300 npm install --silent --no-audit --no-fund --prefix "$cache" "$@" >"$cache/npm.log" 2>&1; then
    echo "SKIP: npm could not install $* (registry unreachable?): $(tail -n 1 "$cache/npm.log")"
    exit 77
  fi
}
