#!/usr/bin/env bash
# The test command of README.md (and of .ci/run): installs what the tests need, builds, runs them all.
# On a fresh Debian machine as root it installs chromium (browser test), libxml2-utils (manifest schema check)
# and LibreOffice Calc (files we write must open in another program; a reader test on its output).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v xmllint >/dev/null 2>&1 || need_apt+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-calc)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian packages: ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "== missing ${need_apt[*]} and cannot apt-get install them: the tests that need them will say so and skip"
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm install with the committed lock (same versions as npm ci): npm 11 here writes lock files
  # without other platforms' optional packages (@swc/core-darwin-*, …), which npm ci then refuses.
  echo "== npm install (from package-lock.json)"
  npm install --no-audit --no-fund
else
  npm run --silent build:cli
fi

echo "== type check"
npx tsc --noEmit -p .

echo "== lint (eslint.config.mjs)"
npm run --silent lint

echo "== build (add-in bundle for the browser test)"
npm run --silent build >/dev/null

echo "== tests"
npx jest --ci "$@"
