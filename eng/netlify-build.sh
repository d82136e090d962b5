#!/usr/bin/env bash
# Netlify's build: installs the .NET SDK named in global.json when the build image lacks it, then
# builds the site into output/ with the site's published address (Netlify sets $URL), and with the
# PDFs of the print views when Debian's chromium is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q "^$(sed -n 's/.*"version": *"\([0-9.]*\)".*/\1/p' global.json | cut -d. -f1-2)"; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

# PDFs of the print views only where Debian's chromium is installed; the site is complete without them.
pdf=()
[[ -x /usr/bin/chromium ]] && pdf=(--pdf)

dotnet run --project src/DigitalStrategy.Cli -c Release -- build ${URL:+--base-url "$URL"} "${pdf[@]}"
