#!/usr/bin/env bash
# Builds the benchmark module and runs all five measurements of BENCHMARKS.md in one go:
#   1-3. JMH (per-call overhead, decoding, paging allocation) with the gc profiler,
#   3b.  retained heap while streaming 100,000 keys in a -Xmx64m JVM,
#   4.   cold start of whole processes, SDK vs bare, interleaved runs, medians,
#   5.   footprint of portkey-admin-core's runtime jars,
# then prints the tables (also written to portkey-admin-benchmarks/target/results/report.md).
#
# Usage: portkey-admin-benchmarks/run-benchmarks.sh [--quick] [extra JMH arguments...]
#   --quick             1 fork, short iterations, 5 cold-start runs: checks the script, not figures
#   extra JMH arguments e.g. 'CostDecoding' (a benchmark regex) or '-f 3'
#   COLD_RUNS=n         cold-start runs per program (default 21)
#   QUIET_LOAD=1.0      first wait (up to QUIET_WAIT seconds, default 1800) for the 1-minute load
#                       average to fall below this; other work on the machine skews the figures
# Needs JDK 17+ and Maven; uses hyperfine for a cross-check of the cold start if it is installed
# (apt-get install -y hyperfine), and works without it.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
OUT="$HERE/target/results"
QUICK=false
if [[ "${1:-}" == "--quick" ]]; then
  QUICK=true
  shift
fi
COLD_RUNS="${COLD_RUNS:-$([[ $QUICK == true ]] && echo 5 || echo 21)}"

cd "$ROOT"
mkdir -p "$OUT"
rm -f "$OUT"/*

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== Machine" | tee "$OUT/machine.txt"
{
  echo "date:     $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit:   $(git rev-parse --short HEAD 2>/dev/null || echo n/a)"
  echo "nproc:    $(nproc)"
  echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
    "(family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')," \
    "model $(grep -m1 '^model[[:space:]]*:' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')," \
    "$(grep -qw hypervisor /proc/cpuinfo && echo 'virtual machine' || echo 'bare metal'))"
  echo "free -h:"
  free -h | sed 's/^/  /'
  echo "jdk:      $(java -version 2>&1 | head -2 | tail -1)"
  echo "maven:    $(mvn -B -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "load:     $(load) (1, 5, 15 min) at start"
} | tee -a "$OUT/machine.txt"

if [[ -n "${QUIET_LOAD:-}" ]]; then
  waited=0
  while awk -v max="$QUIET_LOAD" '{exit !($1 >= max)}' /proc/loadavg \
      && (( waited < ${QUIET_WAIT:-1800} )); do
    sleep 15
    waited=$((waited + 15))
  done
  echo "waited ${waited} s for load < $QUIET_LOAD: now $(load)" | tee -a "$OUT/machine.txt"
fi

echo "== Build (core jar, benchmark classes, runtime classpaths)"
mvn -B -q -pl portkey-admin-benchmarks -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
CORE_JAR="$(ls "$ROOT"/portkey-admin-core/target/portkey-admin-core-*.jar | grep -v -e sources -e javadoc | head -1)"
CORE_CP="$ROOT/portkey-admin-core/target/classpath.txt"
JMH_CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
# Cold start: what an application with the SDK has on its classpath (the bare program uses a subset).
COLD_CP="$HERE/target/classes:$CORE_JAR:$(cat "$CORE_CP")"
PKG=io.github.portkeyadmin.benchmarks

echo "== 1-3. JMH with -prof gc (load before: $(load))"
JMH_ARGS=(-prof gc -rf json -rff "$OUT/jmh.json")
if [[ $QUICK == true ]]; then
  JMH_ARGS+=(-f 1 -wi 2 -w 1 -i 3 -r 1)
fi
java -cp "$JMH_CP" org.openjdk.jmh.Main "${JMH_ARGS[@]}" "$@" | tee "$OUT/jmh.txt"
echo "load after JMH: $(load)" | tee -a "$OUT/machine.txt"

echo "== 1-3b. Cross-check: interleaved SDK/bare rounds, CPU time of the calling thread (load: $(load))"
PAIRED_ARGS=()
if [[ $QUICK == true ]]; then
  PAIRED_ARGS+=(--quick)
fi
java -cp "$JMH_CP" "$PKG.PairedCpuCheck" "${PAIRED_ARGS[@]}" | tee "$OUT/paired-cpu.txt"

echo "== 3b. Retained heap while streaming 100,000 keys with -Xmx64m"
java -Xmx64m -cp "$JMH_CP" "$PKG.PagingMemoryProbe" 100000 | tee "$OUT/paging-probe.txt"

echo "== 4. Cold start, $COLD_RUNS interleaved runs per program (load before: $(load))"
java -cp "$JMH_CP" "$PKG.StubServer" "$OUT/port" &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  [[ -s "$OUT/port" ]] && break
  sleep 0.1
done
URL="http://127.0.0.1:$(cat "$OUT/port")/v1/"

now_us() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    echo "${EPOCHREALTIME/./}"
  else
    echo $(( $(date +%s%N) / 1000 ))
  fi
}
run_once() { java -cp "$COLD_CP" "$PKG.$1" "$URL" > /dev/null; }

for program in ColdStartEmpty ColdStartBare ColdStartSdk; do
  run_once "$program"   # warm the page cache; not counted
done
for _ in $(seq 1 "$COLD_RUNS"); do
  for pair in empty:ColdStartEmpty bare:ColdStartBare sdk:ColdStartSdk; do
    start=$(now_us)
    run_once "${pair#*:}"
    end=$(now_us)
    echo "${pair%%:*} $(( (end - start) / 1000 ))" >> "$OUT/coldstart.txt"
  done
done
echo "load after cold start: $(load)" | tee -a "$OUT/machine.txt"

if command -v hyperfine > /dev/null; then
  echo "== 4b. Cold start cross-check with hyperfine (not interleaved)"
  hyperfine -N --warmup 2 --runs "$COLD_RUNS" --export-markdown "$OUT/hyperfine.md" \
    -n empty "java -cp $COLD_CP $PKG.ColdStartEmpty $URL" \
    -n bare "java -cp $COLD_CP $PKG.ColdStartBare $URL" \
    -n sdk "java -cp $COLD_CP $PKG.ColdStartSdk $URL"
else
  echo "(hyperfine not installed: skipping the cross-check; apt-get install -y hyperfine adds it)"
fi

echo "== Report"
{
  java -cp "$JMH_CP" "$PKG.Report" "$OUT/jmh.json" "$OUT/coldstart.txt" "$CORE_CP" "$CORE_JAR"
  echo "### Cross-check: interleaved rounds, CPU time of the calling thread, median ratio"
  echo
  echo '```'
  cat "$OUT/paired-cpu.txt"
  echo '```'
  echo
  echo "### Retained heap while streaming, -Xmx64m"
  echo
  echo '```'
  cat "$OUT/paging-probe.txt"
  echo '```'
  if [[ -f "$OUT/hyperfine.md" ]]; then
    echo
    echo "### Cold start cross-check (hyperfine, not interleaved)"
    echo
    cat "$OUT/hyperfine.md"
  fi
  echo
  echo "### Machine"
  echo
  echo '```'
  cat "$OUT/machine.txt"
  echo '```'
} > "$OUT/report.md"
cat "$OUT/report.md"
echo "Raw results: $OUT"
