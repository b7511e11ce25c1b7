# Sourced by the bench scripts (not run on its own): builds the apps a run needs when their jars are missing (or
# when $build is 1), installs platform-kit (the bench's one dependency of the repository's own) and builds bench/,
# each Maven call serialised through flock $LOCK. Expects $LOCK and the current directory to be the repository root.
#
#   build_services_and_harness intake-service program-service progress-service
build_services_and_harness() {
  local missing=0 app
  for app in "$@"; do
    [ -f "$app/target/quarkus-app/quarkus-run.jar" ] || missing=1
  done
  if [ "${build:-0}" = 1 ] || [ "$missing" = 1 ]; then
    echo "Building $* (mvnw install -DskipTests) ..."
    flock "$LOCK" ./mvnw -B -q install -DskipTests -pl "$(IFS=,; echo "$*")" -am
  fi
  echo "Building the bench (platform-kit, then bench/) ..."
  flock "$LOCK" ./mvnw -B -q install -DskipTests -pl platform-kit -am
  flock "$LOCK" ./mvnw -B -q -f bench/pom.xml package -DskipTests
}

# Makes $WORK, a temporary directory deleted when the script exits (BENCH_KEEP_LOGS=1 keeps its logs next to it),
# with a private copy of the bench classes in $WORK/harness-classes: a rebuild while a run goes cannot change them.
#
#   make_work_dir load
make_work_dir() {
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/telerehab-$1.XXXXXX")"
  trap remove_work_dir EXIT
  cp -r bench/target/classes "$WORK/harness-classes"
}

remove_work_dir() {
  if [ "${BENCH_KEEP_LOGS:-0}" = 1 ]; then
    mkdir -p "$WORK.logs" && cp "$WORK"/*.log "$WORK.logs/" 2>/dev/null && echo "logs kept in $WORK.logs"
  fi
  rm -rf "$WORK"
}
