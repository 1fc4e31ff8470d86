#!/bin/sh
# Build benchmark: Civic vs Hugo on 1,000 and 10,000 synthetic stories, and an edit under serve. See README.md.
exec python3 "$(dirname "$0")/bench.py" "$@"
