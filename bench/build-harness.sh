# Sourced by the bench scripts (not run on its own): builds the three services when their jars are missing (or
# when $build is 1) and the shared harness, each Maven call serialised through flock $LOCK. Expects $ROOT, $LOCK
# and the current directory to be the repository root.
build_services_and_harness() {
  local missing=0 s
  for s in intake-service program-service progress-service; do
    [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || missing=1
  done
  if [ "${build:-0}" = 1 ] || [ "$missing" = 1 ]; then
    echo "Building the services (mvnw install -DskipTests) ..."
    flock "$LOCK" ./mvnw -B -q install -DskipTests
  fi
  echo "Building the harness (bench/harness) ..."
  flock "$LOCK" ./mvnw -B -q -f bench/harness/pom.xml package -DskipTests
}
