#!/usr/bin/env bash
# The scale benchmark: fills a PostgreSQL database with a million trainees and their certificates, starts the
# platform against it (with Keycloak) and measures it with wrk. Figures are printed as RESULT lines; the README
# records a run. Needs: PostgreSQL on 127.0.0.1:5432 (trust), wrk (apt-get install wrk), curl, Java 17.
#
#   src/bench/scale-benchmark.sh                      # build, generate (about 5 minutes), measure
#   REUSE_DB=1 src/bench/scale-benchmark.sh           # measure again against the database of an earlier run
#   TRAINEES=100000 DURATION=10s src/bench/scale-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-mhfa_bench}
PORT=${BENCH_PORT:-8090}
TRAINEES=${TRAINEES:-1000000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
CLIENTS=${CLIENTS:-50000}
BASE="http://localhost:$PORT"
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
APP=target/bench-app/quarkus-run.jar
LOG=target/bench-app.log

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

echo "== building the platform for PostgreSQL into target/bench-app"
./mvnw -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=bench-app

if [ "${REUSE_DB:-0}" != 1 ]; then
  "${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"
fi

java -Xms1g -Xmx2g -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="$JDBC" \
  -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password= \
  -Dquarkus.datasource.jdbc.max-size=32 -Dmhfa.public-base-url="$BASE" -Dmhfa.allow-demo-secrets=true \
  -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
  -Dquarkus.http.proxy.trusted-proxies=127.0.0.1 \
  -Dquarkus.log.level=WARN ${BENCH_JAVA_OPTS:-} -jar "$APP" >"$LOG" 2>&1 &
PLATFORM=$!
trap 'kill $PLATFORM 2>/dev/null; wait $PLATFORM 2>/dev/null || true' EXIT

echo "== waiting for the platform and Keycloak (log: $LOG)"
for _ in $(seq 1 180); do
  if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 $PLATFORM 2>/dev/null || { echo "the platform stopped; see $LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "not ready after 3 minutes; see $LOG" >&2; exit 1; }

token() {
  curl -fs -d grant_type=password -d client_id=mhfa-cli -d "username=$1" -d "password=$1" \
    http://localhost:8180/realms/mhfa/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

subject() { python3 -c 'import base64, json, sys; p = sys.argv[1].split(".")[1]; print(json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))["sub"])' "$1"; }

if [ "${REUSE_DB:-0}" != 1 ]; then
  echo "== generating $TRAINEES trainees"
  INSTRUCTOR=$(token instructor)
  curl -fs -H "Authorization: Bearer $INSTRUCTOR" "$BASE/api/instructor/cohorts" >/dev/null
  src/bench/tools.sh generate-scale-data --jdbc-url "$JDBC" --trainees "$TRAINEES" --base-url "$BASE" \
    --benchmark-instructor "$(subject "$INSTRUCTOR")"
  echo
  echo "== the demo trainee takes the course part of the way"
  TRAINEE=$(token trainee)
  COURSE=$(curl -fs "$BASE/api/courses" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
  curl -fs -X POST -H "Authorization: Bearer $TRAINEE" "$BASE/api/me/enrolments/$COURSE" >/dev/null
  for lesson in $(curl -fs "$BASE/api/courses/$COURSE" | python3 -c '
import json, sys
course = json.load(sys.stdin)
items = [item for module in course["modules"] for item in module["items"] if item.get("kind") == "lesson"]
print(" ".join(item["id"] for item in items[:4]))'); do
    curl -fs -X PUT -H "Authorization: Bearer $TRAINEE" "$BASE/api/me/enrolments/$COURSE/lessons/$lesson" >/dev/null
  done
fi

"${PSQL[@]}" -d "$DB" -c "select code from certificate tablesample system (2) limit 20000" >target/bench-codes.txt
"${PSQL[@]}" -d "$DB" -c "select code from certificate tablesample system (60) limit 500000" >target/bench-codes-wide.txt
echo "== $(wc -l <target/bench-codes.txt) sample codes; database: $("${PSQL[@]}" -d "$DB" -c \
  "select count(*) || ' learners, ' || (select count(*) from certificate) || ' certificates' from learner")"

RATE=0
measure() { # name, path or prefix, lines file, total rate, token; prints the RESULT line and sets RATE
  local result threads=$((CONNECTIONS < 2 ? 1 : 2))
  result=$(wrk -t"$threads" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s src/bench/wrk.lua "$BASE" -- "$2" "${3:--}" "${4:-0}" \
    "$CONNECTIONS" "${5:--}" "$CLIENTS" | grep RESULT | sed "s/^RESULT/RESULT $1:/")
  echo "$result"
  RATE=$(echo "$result" | sed -E 's/.*requests\/s=([0-9]+).*/\1/')
}

echo "== warming up (the JIT, and the database's pages the lookups and their log entries touch)"
wrk -t2 -c"$CONNECTIONS" -d30s -s src/bench/wrk.lua "$BASE" -- /api/verifications/ target/bench-codes.txt 0 "$CONNECTIONS" - "$CLIENTS" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -s src/bench/wrk.lua "$BASE" -- /verify/ target/bench-codes.txt 0 "$CONNECTIONS" - "$CLIENTS" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -s src/bench/wrk.lua "$BASE" -- /hello >/dev/null

echo "== public lookups against the constant endpoint (same run, same tool)"
measure "hello" /hello
HELLO=$RATE
measure "verification API lookup" /api/verifications/ target/bench-codes.txt
LOOKUP=$RATE
measure "verification page lookup" /verify/ target/bench-codes.txt
PAGE=$RATE
echo "RESULT ratio: API lookup $((100 * LOOKUP / HELLO)) % of hello, page lookup $((100 * PAGE / HELLO)) % of hello"
measure "verification API lookup at half its peak rate" /api/verifications/ target/bench-codes.txt $((LOOKUP / 2))
measure "verification page lookup at half its peak rate" /verify/ target/bench-codes.txt $((PAGE / 2))
measure "verification API lookup over $(wc -l <target/bench-codes-wide.txt) codes (more than the cache holds)" \
  /api/verifications/ target/bench-codes-wide.txt

echo "== My learning for a trainee among $TRAINEES"
TRAINEE=$(token trainee)
for connections in 1 4 "$CONNECTIONS"; do
  CONNECTIONS=$connections measure "my learning (API), $connections connections" /api/me/enrolments - 0 "$TRAINEE"
done

echo "== a 30-person cohort dashboard among $("${PSQL[@]}" -d "$DB" -c "select count(*) from cohort") cohorts"
INSTRUCTOR=$(token instructor)
# Keycloak keeps its users in its own home (target/keycloak), so a database reused from another checkout may have
# been generated for another instructor: the one signed in now leads the benchmark cohort.
curl -fs -H "Authorization: Bearer $INSTRUCTOR" "$BASE/api/instructor/cohorts" >/dev/null
"${PSQL[@]}" -d "$DB" -c "update cohort set owner_id = (select id from learner where subject = '$(subject "$INSTRUCTOR")')
  where name = 'Benchmark cohort'"
DASHBOARD=$("${PSQL[@]}" -d "$DB" -c "select max(id) from cohort where name = 'Benchmark cohort'")
for connections in 1 4 "$CONNECTIONS"; do
  CONNECTIONS=$connections measure "cohort dashboard (API), $connections connections" "/api/instructor/cohorts/$DASHBOARD/dashboard" - 0 "$INSTRUCTOR"
done

echo "== a partner agency verifies 1,000 codes in one request"
ADMIN=$(token admin)
AGENCY=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"name\": \"Bench Agency $RANDOM\", \"contactEmail\": \"bench@example.org\", \"scopes\": [\"verify\"]}" \
  "$BASE/api/admin/agencies")
CLIENT_ID=$(echo "$AGENCY" | python3 -c 'import json, sys; print(json.load(sys.stdin)["clientId"])')
CLIENT_SECRET=$(echo "$AGENCY" | python3 -c 'import json, sys; print(json.load(sys.stdin)["clientSecret"])')
PARTNER=$(curl -fs -d grant_type=client_credentials -d "client_id=$CLIENT_ID" -d "client_secret=$CLIENT_SECRET" \
  http://localhost:8180/realms/mhfa/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
head -1000 target/bench-codes.txt | python3 -c 'import json, sys; print(json.dumps({"codes": [l.strip() for l in sys.stdin]}))' \
  >target/bench-1000-codes.json
for _ in $(seq 1 30); do
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $PARTNER" -H 'Content-Type: application/json' \
    --data-binary @target/bench-1000-codes.json "$BASE/api/partner/verifications"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "RESULT partner 1,000 codes (30 requests, one at a time): median=%.0fms p95=%.0fms max=%.0fms\n", t[int(NR / 2) + 1], t[int(NR * 0.95)], t[NR] }'
