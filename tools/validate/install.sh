#!/usr/bin/env bash
# Installs what the open-data schema tests run: xmllint and jing from Debian, ajv & co. from the committed lockfile.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v xmllint >/dev/null || ! command -v jing >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils jing >/dev/null
fi
(cd "$here" && npm ci --ignore-scripts --no-audit --no-fund)
