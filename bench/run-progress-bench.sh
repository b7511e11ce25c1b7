#!/usr/bin/env bash
# The progress-service benchmark (issue 5): loads 1,000,000 session logs across 10,000 patients into a PostgreSQL
# server (zonky's binaries), starts the built progress-service against it (with a Kafka broker in its own JVM and
# locally signed tokens), and reports:
#   - GET /api/patients/{id}/progress latency for a patient with 10,000 logs (H) and one with 10 (L), and their
#     ratio from one run (goal: within 1.2x);
#   - GET /api/patients/{id}/outcomes latency for H with a 365-day episode (a pain point a day) and L with a 7-day
#     one, and their ratio (goal: within 1.3x);
#   - POST /api/sessions throughput and latency, with a check that nothing was lost or doubled.
# It prints a small table and writes the figures to bench/results/progress-<UTC date>.md.
#
#   bench/run-progress-bench.sh                 the issue's figures (takes several minutes)
#   bench/run-progress-bench.sh --quick         a small smoke run (100k logs), writes no results file
#   bench/run-progress-bench.sh --build         rebuild progress-service first (otherwise only when missing)
#   bench/run-progress-bench.sh --logs=N --patients=N --reads=N --write-threads=N --write-seconds=N ...
#                                               (see ProgressBench.Options); --no-results writes no file
#
# Uses random free ports only, and a temporary directory that is deleted at the end (BENCH_KEEP_LOGS=1 keeps the
# service's and PostgreSQL's logs). BENCH_SERVICE_JVM="-Xmx1g ..." passes JVM options to the service. Java 17+.
# Maven calls are serialised with the other engineers' through flock /tmp/telerehab-mvn.lock.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LOCK=/tmp/telerehab-mvn.lock

build=0
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=1 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

cd "$ROOT"
. "$ROOT/bench/build-harness.sh"
build_services_and_harness progress-service

make_work_dir bench
# the harness JVM's temp files (zonky's binaries) go under $WORK too
"$JAVA" -Xmx1g -Djava.io.tmpdir="$WORK" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.org.apache.kafka=error \
  -Dorg.slf4j.simpleLogger.log.kafka=error \
  -Dorg.slf4j.simpleLogger.log.state.change.logger=error \
  -cp "$WORK/harness-classes:$(cat bench/target/classpath.txt)" \
  org.telerehab.bench.ProgressBench --root="$ROOT" --work="$WORK" --results="$BENCH/results" \
  ${BENCH_SERVICE_JVM:+--service-jvm="$BENCH_SERVICE_JVM"} ${args[@]+"${args[@]}"}
