#!/usr/bin/env bash
# The MCP server's start-up, memory and tools/list size, as recorded in BENCHMARKS.md.
# From the repository root:   portkey-admin-mcp/measure-startup.sh
#   RUNS=10          sessions per launch variant (medians are reported)
#   QUIET_LOAD=1.0   first wait (up to 5 minutes) for the 1-minute load to fall below this
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
if [ -n "${QUIET_LOAD:-}" ]; then
  for _ in $(seq 60); do
    awk -v max="$QUIET_LOAD" '{ exit !($1 < max) }' /proc/loadavg && break
    sleep 5
  done
fi
echo "load before build: $(cut -d' ' -f1-3 /proc/loadavg)"
BUILD_LOG="$(mktemp)"
mvn -B -pl portkey-admin-mcp -am package -DskipTests > "$BUILD_LOG" 2>&1 \
  || { tail -40 "$BUILD_LOG"; exit 1; }
rm -f "$BUILD_LOG"
VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
echo "commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
java portkey-admin-mcp/src/test/java/io/github/portkeyadmin/mcp/bench/SessionDriver.java \
  measure "$RUNS" "portkey-admin-mcp/target/portkey-admin-mcp-$VERSION.jar" \
  portkey-admin-mcp/target/portkey-admin-mcp.jsa
