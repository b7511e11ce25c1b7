#!/usr/bin/env bash
# The fault test (issue 8): one PostgreSQL server per service, a real Kafka 4.1 broker in its own JVM and the three
# built services, each a separate process on random free ports. A steady stream of patients goes through the
# whole loop (screening -> care -> plan -> sessions and check-ins, some ending in a red flag) while the broker is
# killed with SIGKILL and restarted, progress-service is killed with SIGKILL and restarted, and one service's
# PostgreSQL is stopped and started. Then it waits for the outboxes to drain and the consumer lag to reach 0, and
# reconciles: every accepted write stored exactly once, every event processed once by every consumer with its
# effect, projections = hand-computed values = values recomputed from the logs. Exit code 0 only when clean.
#
#   bench/run-fault-test.sh                      one run (150 s of load, about 4-5 minutes in all)
#   bench/run-fault-test.sh --runs=3             three runs, PostgreSQL of program, progress, intake in turn
#   bench/run-fault-test.sh --quick              60 s of load, writes no results file (a CI candidate)
#   bench/run-fault-test.sh --duration=S --workers=N --pg-victim=intake|program|progress --no-results
#   bench/run-fault-test.sh --build              rebuild the services first (otherwise only when a jar is missing)
#
# Results are appended to bench/results/fault-<UTC date>.md. BENCH_KEEP_LOGS=1 keeps the processes' logs.
# BENCH_SERVICE_JVM="..." sets the services' JVM options (default -Xmx384m -XX:+UseSerialGC).
# Holds /tmp/telerehab-mvn.lock and /tmp/telerehab-platform.lock while a run goes (no build or e2e test skews its
# figures); Maven calls go through flock /tmp/telerehab-mvn.lock.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LOCK=/tmp/telerehab-mvn.lock
PLATFORM_LOCK=/tmp/telerehab-platform.lock

build=0; runs=1; quick=0; results=1; victim=""
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=1 ;;
    --runs=*) runs="${arg#--runs=}" ;;
    --quick) quick=1; results=0; args+=("$arg") ;;
    --no-results) results=0 ;;
    --pg-victim=*) victim="${arg#--pg-victim=}" ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

cd "$ROOT"
. "$ROOT/bench/build-harness.sh"
build_services_and_harness intake-service program-service progress-service

victims=(program progress intake)
status=0
for ((i = 0; i < runs; i++)); do
  v="${victim:-${victims[$((i % 3))]}}"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/telerehab-fault.XXXXXX")"
  echo "=== fault run $((i + 1)) of $runs (PostgreSQL restarted: $v-service's; work dir $WORK) ==="
  # a private copy of the harness classes: a rebuild while it runs cannot change them
  cp -r bench/target/classes "$WORK/harness-classes"
  set +e
  # the harness JVM is the parent of every process it starts; the lock is held for the run only
  flock "$LOCK" flock "$PLATFORM_LOCK" "$JAVA" -Xmx512m -Djava.io.tmpdir="$WORK" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -Dorg.slf4j.simpleLogger.log.org.apache.kafka=error \
    -cp "$WORK/harness-classes:$(cat bench/target/classpath.txt)" \
    org.telerehab.bench.FaultTest --root="$ROOT" --work="$WORK" --pg-victim="$v" \
    $( [ "$results" = 1 ] && echo "--results=$ROOT/bench/results" ) \
    ${BENCH_SERVICE_JVM:+--service-jvm="$BENCH_SERVICE_JVM"} ${args[@]+"${args[@]}"}
  rc=$?
  set -e
  [ "$rc" = 0 ] || status=1
  if [ "${BENCH_KEEP_LOGS:-0}" = 1 ] || [ "$rc" != 0 ]; then
    mkdir -p "$WORK.logs" && cp "$WORK"/*.log "$WORK.logs/" 2>/dev/null && echo "logs kept in $WORK.logs"
  fi
  rm -rf "$WORK"
done
exit $status
