#!/usr/bin/env bash
# engagement-service's reminder planning (issue 19): how long one planning turn takes to plan every patient's
# reminders of the next 36 hours (session, micro-breaks in work hours, the 48-hour nudge, re-assessments) as rows in
# real PostgreSQL, for 10,000, 50,000 and 100,000 patients on a plan (four time zones, half with a micro-break rhythm
# and work hours). Goal: 100,000 patients in under 10 s; the ratio of the sizes says how it scales.
# It runs ReminderPlanningBench (engagement-service's tests, skipped unless -Dtelerehab.bench=true) against zonky's
# PostgreSQL and prints a table; the figures go to bench/results/reminders-<UTC date>.md.
#
#   bench/run-reminder-bench.sh                    10,000, 50,000 and 100,000 patients
#   bench/run-reminder-bench.sh 1000,20000         other sizes
#   JFR_DIR=/tmp/jfr bench/run-reminder-bench.sh   also records each turn with Java Flight Recorder
#                                                  (/tmp/jfr/reminders-<patients>.jfr; jfr print / JDK Mission Control)
#
# Maven calls are serialised with the other engineers' through flock /tmp/telerehab-mvn.lock. Java 17+.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${1:-10000,50000,100000}"
JFR=()
if [ -n "${JFR_DIR:-}" ]; then JFR=("-Dtelerehab.bench.jfr=$JFR_DIR"); fi
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

cd "$ROOT"
flock /tmp/telerehab-mvn.lock ./mvnw -B -q install -pl engagement-service -am -DskipTests -DskipPitest \
  -Deditorconfig.skip > "$LOG" 2>&1 || { cat "$LOG"; exit 1; }
flock /tmp/telerehab-mvn.lock ./mvnw -B verify -pl engagement-service -DskipPitest -Deditorconfig.skip \
  -Dtest=ReminderPlanningBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtelerehab.bench=true -Dtelerehab.bench.patients="$SIZES" ${JFR[@]+"${JFR[@]}"} > "$LOG" 2>&1 \
  || { tail -50 "$LOG"; exit 1; }

grep -h '^BENCH ' "$LOG" "$ROOT"/engagement-service/target/surefire-reports/*ReminderPlanningBench*-output.txt \
  2>/dev/null | sort -u > "$LOG.figures" || true
if [ ! -s "$LOG.figures" ]; then
  echo "no figures: see the test output" >&2
  tail -50 "$LOG"
  exit 1
fi

{
  echo "# Reminder planning, $(date -u +%Y-%m-%d) ($(nproc) cores)"
  echo
  echo "bench/run-reminder-bench.sh $SIZES: one planning turn, each patient's next 36 hours (the loading of the"
  echo "patients before it is not timed)."
  echo
  echo "| patients | seconds | reminders planned | µs per patient |"
  echo "|---:|---:|---:|---:|"
  sed -E 's/^BENCH patients=([0-9]+) seconds=([0-9.]+) reminders=([0-9]+) per-patient-us=([0-9]+)$/| \1 | \2 | \3 | \4 |/' \
    "$LOG.figures" | sort -t'|' -k2 -n
} | tee "$ROOT/bench/results/reminders-$(date -u +%Y-%m-%d).md"
rm -f "$LOG.figures"
