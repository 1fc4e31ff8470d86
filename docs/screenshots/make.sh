#!/usr/bin/env bash
# Screenshots of the bundled site, desktop (1280 px wide) and phone (390 px, 2x), with Debian's Chromium.
#   bash docs/screenshots/make.sh        (from the repository root; needs chromium and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
site=$(mktemp -d)
dotnet run -c Release --project generator/Cli -- build --out "$site/out"
python3 -m http.server 8765 --bind 127.0.0.1 --directory "$site/out" >/dev/null 2>&1 &
server=$!
trap 'kill $server; rm -rf "$site"' EXIT
sleep 1
shot() { # path, window size, device scale, name
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor="$3" \
    --window-size="$2" --screenshot="docs/screenshots/$4.png" "http://127.0.0.1:8765/$1" 2>/dev/null
}
for page in "home:" "story:stories/chunhe-chunya-station/" "station:stations/jiangcheng-cloud-station/"; do
  name=${page%%:*}; path=${page#*:}
  shot "$path" 1280,1800 1 "$name-desktop"
  shot "$path" 390,1600 2 "$name-phone"
done
