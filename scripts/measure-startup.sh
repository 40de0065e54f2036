#!/usr/bin/env bash
# Start-up time to a 200 /healthz and idle RSS, on PGlite (fresh data folder) and on PostgreSQL.
# Usage: bash scripts/measure-startup.sh [postgres-url]
set -euo pipefail
cd "$(dirname "$0")/.."
pg_url=${1:-postgres://postgres@127.0.0.1:5432/test}
measure() {
  local label=$1; shift
  local port=$((40000 + RANDOM % 20000))
  local start end pid
  start=$(date +%s.%N)
  env "$@" HAILI_PORT=$port HAILI_LOG_LEVEL=warn node bin/haili.mjs serve >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.1; done
  end=$(date +%s.%N)
  sleep 10
  printf '%-28s start-up %5.1f s   idle RSS %4d MB   (load %s)\n' "$label" "$(echo "$end - $start" | bc)" "$(( $(ps -o rss= -p $pid) / 1024 ))" "$(cut -d' ' -f1 /proc/loadavg)"
  kill -TERM $pid; wait $pid || true
}
dir=$(mktemp -d)
measure "PGlite (fresh folder)" HAILI_DATA_DIR="$dir"
measure "PGlite (existing folder)" HAILI_DATA_DIR="$dir"
measure "PostgreSQL (fresh schema)" DATABASE_URL="$pg_url?schema=startup_$RANDOM"
rm -rf "$dir"
