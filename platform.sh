#!/usr/bin/env bash
# Runs the whole Telerehab platform locally, in the foreground, without Docker:
# PostgreSQL :15432, Kafka :9092, Keycloak :8180 (realm telerehab, demo users), mail (SMTP :3025, IMAP :3143),
# an S3 object store :9009, portal :8080, intake-service :8081, program-service :8082, progress-service :8083,
# registry-service :8084, engagement-service :8085.
# Ctrl-C stops everything.
#
#   ./platform.sh              build (./mvnw install -DskipTests), then start; data in .local/ is reused
#   ./platform.sh --fresh      same, but delete the data in .local/ first (also: TELEREHAB_FRESH=1)
#   ./platform.sh --no-build   start what was built last
#
# Needs Java 17+ only (Maven comes through ./mvnw). Set MVNW to use another Maven command.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help)
      sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
      exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "platform.sh: Java 17 or newer is required (no 'java' on PATH and JAVA_HOME not set)" >&2
  exit 1
fi
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 17 ] 2>/dev/null; then
  echo "platform.sh: Java 17 or newer is required, found ${java_major:-unknown} ($JAVA)" >&2
  exit 1
fi

if [ "$build" = 1 ]; then
  echo "Building (./mvnw -B -q install -DskipTests) ..."
  # shellcheck disable=SC2086
  ${MVNW:-./mvnw} -B -q install -DskipTests
fi

cp_file="local-platform/target/classpath.txt"
if [ ! -s "$cp_file" ] || [ ! -d local-platform/target/classes ]; then
  echo "platform.sh: $cp_file is missing: run ./platform.sh without --no-build first" >&2
  exit 1
fi

# exec: Ctrl-C (SIGINT) and SIGTERM go straight to the launcher, whose shutdown hook stops everything
exec "$JAVA" -Dtelerehab.root="$ROOT" --add-opens java.base/java.lang=ALL-UNNAMED \
  -cp "local-platform/target/classes:$(cat "$cp_file")" \
  org.telerehab.platform.LocalPlatform "${args[@]+"${args[@]}"}"
