#!/usr/bin/env bash
# End-to-end smoke test of the local platform: real Keycloak tokens, the three services, Kafka between them.
#
#   scripts/smoke-test.sh            against a platform that is already up (./platform.sh)
#   scripts/smoke-test.sh --start    starts ./platform.sh --no-build --fresh in the background, waits for it,
#                                    runs the checks, then stops it (SIGTERM) and waits for it to exit
#
# Needs curl, bash and python3. Prints PASS/FAIL per check; exits non-zero if any check failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KEYCLOAK="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK/realms/telerehab/protocol/openid-connect/token"
INTAKE=http://localhost:8081
PROGRAM=http://localhost:8082
PROGRESS=http://localhost:8083
PORTAL=http://localhost:8080
PATIENT1=11111111-1111-4111-8111-111111111111
THERAPIST1=33333333-3333-4333-8333-333333333333
START_TIMEOUT="${START_TIMEOUT:-600}"

start=0
for arg in "$@"; do
  case "$arg" in
    --start) start=1 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

failures=0
pass() { printf 'PASS  %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }

platform_pid=""
platform_out=""
stop_platform() {
  if [ -n "$platform_pid" ] && kill -0 "$platform_pid" 2>/dev/null; then
    echo "Stopping the platform (pid $platform_pid) ..."
    kill -TERM "$platform_pid" 2>/dev/null
    wait "$platform_pid" 2>/dev/null
    echo "Platform stopped."
  fi
}

if [ "$start" = 1 ]; then
  platform_out="$(mktemp -t telerehab-platform.XXXXXX)"
  echo "Starting ./platform.sh --no-build --fresh (output: $platform_out) ..."
  # platform.sh execs the Java launcher, so $! is the process that must get SIGTERM
  "$ROOT/platform.sh" --no-build --fresh >"$platform_out" 2>&1 &
  platform_pid=$!
  trap stop_platform EXIT
  trap 'exit 130' INT TERM
  waited=0
  until grep -q "Telerehab local platform is ready" "$platform_out"; do
    if ! kill -0 "$platform_pid" 2>/dev/null; then
      echo "FAIL  the platform did not start; its output:"
      tail -n 40 "$platform_out"
      exit 1
    fi
    if [ "$waited" -ge "$START_TIMEOUT" ]; then
      echo "FAIL  the platform was not ready within ${START_TIMEOUT} s; its output:"
      tail -n 40 "$platform_out"
      exit 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  echo "Platform ready after ${waited} s."
fi

body="$(mktemp -t telerehab-smoke.XXXXXX)"
cleanup_body() { rm -f "$body"; }
trap 'cleanup_body; stop_platform' EXIT

# http METHOD URL [TOKEN] -> prints the status code, leaves the response body in $body
http() {
  local method="$1" url="$2" token="${3:-}"
  local auth=()
  [ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
  curl -s -o "$body" -w '%{http_code}' --max-time 15 -X "$method" \
    -H 'Accept: application/json' "${auth[@]+"${auth[@]}"}" "$url" || true
}

# expect NAME ACTUAL EXPECTED... : PASS if ACTUAL is one of EXPECTED
expect() {
  local name="$1" actual="$2"; shift 2
  for want in "$@"; do
    if [ "$actual" = "$want" ]; then pass "$name -> $actual"; return 0; fi
  done
  fail "$name -> $actual (expected $*) $(head -c 300 "$body" 2>/dev/null | tr '\n' ' ')"
  return 1
}

token_for() {
  curl -s --max-time 15 -d grant_type=password -d client_id=telerehab-cli \
    -d "username=$1" -d "password=$1" -d scope=openid "$TOKEN_URL" |
    python3 -c 'import json,sys
try:
    print(json.load(sys.stdin).get("access_token", ""))
except Exception:
    print("")'
}

# claims TOKEN -> the JWT payload as JSON
claims() {
  python3 -c 'import base64,json,sys
p = sys.argv[1].split(".")[1]
print(json.dumps(json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))))' "$1"
}

echo "== health"
for url in "$INTAKE" "$PROGRAM" "$PROGRESS" "$PORTAL"; do
  expect "GET $url/q/health/ready" "$(http GET "$url/q/health/ready")" 200
done

echo "== tokens (Keycloak realm telerehab, client telerehab-cli)"
therapist_token="$(token_for therapist1)"
patient_token="$(token_for patient1)"
if [ -n "$therapist_token" ]; then pass "password grant for therapist1"; else fail "password grant for therapist1"; fi
if [ -n "$patient_token" ]; then pass "password grant for patient1"; else fail "password grant for patient1"; fi
if [ -n "$therapist_token" ]; then
  c="$(claims "$therapist_token")"
  if python3 -c 'import json,sys; g=json.loads(sys.argv[1]).get("groups"); sys.exit(0 if isinstance(g,list) and "therapist" in g else 1)' "$c"; then
    pass "therapist1 token: groups contains therapist"
  else
    fail "therapist1 token: groups contains therapist (claims: $c)"
  fi
  sub="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("sub",""))' "$c")"
  if [ "$sub" = "$THERAPIST1" ]; then pass "therapist1 token: sub = $THERAPIST1"; else fail "therapist1 token: sub = '$sub', expected $THERAPIST1"; fi
fi

echo "== no token: 401"
expect "GET $INTAKE/api/patients/$PATIENT1/screenings (no token)" "$(http GET "$INTAKE/api/patients/$PATIENT1/screenings")" 401
expect "POST $PROGRAM/api/patients/$PATIENT1/care (no token)" "$(http POST "$PROGRAM/api/patients/$PATIENT1/care")" 401
expect "GET $PROGRESS/api/caseload (no token)" "$(http GET "$PROGRESS/api/caseload")" 401

echo "== wrong role: 403"
expect "POST $PROGRAM/api/patients/$PATIENT1/care as patient1" \
  "$(http POST "$PROGRAM/api/patients/$PATIENT1/care" "$patient_token")" 403

echo "== therapist1 takes patient1 into care; the event crosses Kafka"
expect "POST $PROGRAM/api/patients/$PATIENT1/care as therapist1" \
  "$(http POST "$PROGRAM/api/patients/$PATIENT1/care" "$therapist_token")" 200 201
listed=0
for _ in $(seq 1 30); do
  status="$(http GET "$PROGRESS/api/caseload" "$therapist_token")"
  if [ "$status" = 200 ] && python3 -c 'import json,sys
def has(v, x):
    if isinstance(v, dict): return any(has(i, x) for i in v.values())
    if isinstance(v, list): return any(has(i, x) for i in v)
    return v == x
sys.exit(0 if has(json.load(open(sys.argv[1])), sys.argv[2]) else 1)' "$body" "$PATIENT1" 2>/dev/null; then
    listed=1
    break
  fi
  sleep 1
done
if [ "$listed" = 1 ]; then
  pass "GET $PROGRESS/api/caseload as therapist1 lists patient1"
else
  fail "GET $PROGRESS/api/caseload as therapist1 lists patient1 within 30 s (last: $status $(head -c 300 "$body" | tr '\n' ' '))"
fi
expect "GET $INTAKE/api/patients/$PATIENT1/screenings as therapist1" \
  "$(http GET "$INTAKE/api/patients/$PATIENT1/screenings" "$therapist_token")" 200

echo
if [ "$failures" = 0 ]; then
  echo "SMOKE TEST PASSED"
  exit 0
fi
echo "SMOKE TEST FAILED: $failures check(s)"
exit 1
