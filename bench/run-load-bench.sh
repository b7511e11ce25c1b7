#!/usr/bin/env bash
# The load benchmark (issue 8), one run, one machine, figures comparable as ratios:
#   - each service's start time (process start to /q/health/ready, and Quarkus's "started in"), cold and on restart,
#     and its RSS after the first request;
#   - POST /api/sessions: max throughput with wrk (closed loop), then p50/p99/p99.9 at 25/50/75 % of it with a
#     constant-rate (open-model, wrk2-style) generator that measures from each request's intended send time;
#   - pgbench's single-row INSERT rate on the same PostgreSQL server (same durability, same client count) and the
#     ratio service / pgbench; then pgbench running one session write's own transaction as a custom script
#     (SessionTxBench: the same statements on the service's own schema) and the ratio service / that, the honest limit;
#   - POST /api/checkins with an emergency red flag -> plan PAUSED in program-service's database, p50/p90/p99/max
#     over 1,000 patients one at a time after 20 to warm the path, and the slowest samples' place in the run;
#   - what the start and memory goals would take: each service restarted with Native Memory Tracking (where the
#     RSS goes), with a class-data-sharing archive from a training run (AppCDS), and with malloc arenas capped.
# Runs like the fault test: one PostgreSQL server per service, a Kafka 4.1.1 broker in its own JVM, the three
# built services as processes, all on random free ports, in a temporary directory deleted at the end.
#
#   bench/run-load-bench.sh                 the full run (about 10 minutes), writes bench/results/load-<UTC date>.md
#   bench/run-load-bench.sh --quick         short phases, fewer patients; writes no results file
#   bench/run-load-bench.sh --build         rebuild the services first (otherwise only when a jar is missing)
#   bench/run-load-bench.sh --connections=8 --seconds=20 --write-patients=200 --red-flag-patients=1000 \
#                           --red-flag-warm-up=20 --no-results
#   bench/run-load-bench.sh --only=startup  start, memory, what their goals take; --only=red-flag: red flags (no file)
#
# Needs wrk (Debian's /usr/bin/wrk) and pgbench (/usr/bin/pgbench). The services run with production's JVM options
# (JDK_JAVA_OPTIONS of deploy/base/apps/<service>.env); BENCH_SERVICE_JVM="..." adds options after them (they win);
# BENCH_KEEP_LOGS=1 keeps the processes' logs. Holds /tmp/telerehab-mvn.lock and
# /tmp/telerehab-platform.lock for the run (no build skews its figures); Maven calls go through the first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LOCK=/tmp/telerehab-mvn.lock
PLATFORM_LOCK=/tmp/telerehab-platform.lock

build=0; results=1
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=1 ;;
    --quick) results=0; args+=("$arg") ;;
    --no-results) results=0 ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 2; }
command -v pgbench >/dev/null || { echo "pgbench is needed (apt-get install postgresql-client)"; exit 2; }

cd "$ROOT"
. "$ROOT/bench/build-harness.sh"
build_services_and_harness intake-service program-service progress-service

make_work_dir load

flock "$LOCK" flock "$PLATFORM_LOCK" "$JAVA" -Xmx1g -Djava.io.tmpdir="$WORK" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.org.apache.kafka=error \
  -cp "$WORK/harness-classes:$(cat bench/target/classpath.txt)" \
  org.telerehab.bench.LoadBench --root="$ROOT" --work="$WORK" \
  $( [ "$results" = 1 ] && echo "--results=$ROOT/bench/results" ) \
  ${BENCH_SERVICE_JVM:+--service-jvm="$BENCH_SERVICE_JVM"} ${args[@]+"${args[@]}"}
