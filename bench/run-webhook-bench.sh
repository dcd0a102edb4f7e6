#!/usr/bin/env bash
# End-to-end webhook benchmark for Conversa (see BENCHMARKS.md).
#
#   bench/run-webhook-bench.sh [path/to/conversa.jar]      (default target/conversa-0.1.0-SNAPSHOT.jar)
#
# 1. checks tools; (re)creates the database conversa_bench on 127.0.0.1:5432 (user postgres, trust auth)
# 2. starts the app against it on port 18080 with a known WhatsApp number and app secret; waits for health
# 3. JIT warm-up: BENCH_JIT_WARMUP seconds (20) of closed-loop deliveries, not counted (a server runs warm; it also
#    creates the 2,000 conversations the load uses)
# 4. baselines, same run: pgbench single-row inserts into bench_message (LIKE message INCLUDING ALL), and pgbench
#    replaying the SQL of one delivery (bench/pgbench-delivery.sql); the HTTP + signature ceiling (a wrong
#    signature answered 401, no database work)
# 5. WebhookLoad max (closed loop, 32 workers) then rate 1000/s (open loop), 5 s warm-up each
# 6. checks that every delivery answered 200 is in the message table; stops the app; prints a summary
#
# Environment overrides: BENCH_JIT_WARMUP (20), BENCH_PORT (18080), BENCH_DB (conversa_bench), BENCH_SECONDS (20), BENCH_WARMUP (5),
# BENCH_CONCURRENCY (32), BENCH_RATE (1000), BENCH_PGBENCH_CLIENTS (16), BENCH_KEEP_DB (0: drop it at the end).
# Every step has its own time limit; the whole run stays under 5 minutes (excluding a first build of the jar).
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${1:-target/conversa-0.1.0-SNAPSHOT.jar}
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DB:-conversa_bench}
RUN_SECONDS=${BENCH_SECONDS:-20}
WARMUP=${BENCH_WARMUP:-5}
JIT_WARMUP=${BENCH_JIT_WARMUP:-20}
CONCURRENCY=${BENCH_CONCURRENCY:-32}
RATE=${BENCH_RATE:-1000}
PGB_CLIENTS=${BENCH_PGBENCH_CLIENTS:-16}
KEEP_DB=${BENCH_KEEP_DB:-0}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
APP_SECRET=bench-app-secret
PHONE_NUMBER_ID=106540352242922
WORK=$(mktemp -d /tmp/conversa-webhook-bench.XXXXXX)
APP_PID=""
LOAD_TIMEOUT=$((JIT_WARMUP + WARMUP + RUN_SECONDS + 40))

log() { printf '\n== %s  [%ss]\n' "$*" "$SECONDS"; }
die() { echo "ERROR: $*" >&2; exit 1; }
psqlq() { psql -X -v ON_ERROR_STOP=1 -qAt "$@"; }

cleanup() {
    local rc=$?
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "stopping app (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ "$KEEP_DB" != 1 ]]; then
        psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null || true
    fi
    echo "logs: $WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------- tools
log "checking tools"
for tool in java psql pgbench curl awk timeout; do
    command -v "$tool" >/dev/null || die "$tool not found (pgbench: apt-get install -y postgresql-contrib)"
done
JAVA_MAJOR=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[[ "${JAVA_MAJOR%%.*}" -ge 17 ]] || die "Java 17+ required (found $JAVA_MAJOR)"
psqlq -d postgres -c "SELECT 1" >/dev/null || die "PostgreSQL not reachable at $PGHOST:$PGPORT as $PGUSER"
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
    die "something already listens on port $PORT"
fi
if [[ ! -f "$JAR" ]]; then
    log "building $JAR (not found)"
    ./mvnw -q package -DskipTests -Dspotless.check.skip=true
fi
[[ -f "$JAR" ]] || die "jar $JAR missing"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)," \
    "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "os:      $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "pg:      $(psqlq -d postgres -c 'SHOW server_version')  pgbench: $(pgbench --version)"
echo "load before: $(uptime)"
UPTIME_BEFORE=$(uptime)
LOAD1=$(awk '{print $1}' /proc/loadavg)
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN {exit !(l >= n / 2)}'; then
    echo "WARNING: the machine is busy (1-min load $LOAD1 on $(nproc) cores); figures will be noisy. Top CPU users:"
    ps -eo pcpu,pid,comm,args --sort=-pcpu | head -4 | cut -c1-120
fi

# ---------------------------------------------------------------------------------------------------- database + app
log "recreating database $DB"
psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psqlq -d postgres -c "CREATE DATABASE $DB"

log "starting app ($JAR) on port $PORT"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
CONVERSA_MASTER_KEY=bench-master-key-0123456789 CONVERSA_SANDBOX=false \
CONVERSA_WHATSAPP_PHONE_NUMBER_ID=$PHONE_NUMBER_ID CONVERSA_WHATSAPP_BUSINESS_ACCOUNT_ID=102290129340398 \
CONVERSA_WHATSAPP_ACCESS_TOKEN=bench-token CONVERSA_WHATSAPP_APP_SECRET=$APP_SECRET CONVERSA_WHATSAPP_VERIFY_TOKEN=bench \
CONVERSA_DATA_DIR="$WORK/data" PORT=$PORT \
    java -Xmx1g -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
echo "app pid $APP_PID, log $WORK/app.log"

healthy=0
for _ in $(seq 1 180); do   # at most 90 s
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; die "app exited during start"; }
    if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/actuator/health") == 200 ]]; then
        healthy=1; break
    fi
    sleep 0.5
done
[[ $healthy == 1 ]] || { tail -40 "$WORK/app.log"; die "app not healthy after 90 s"; }
echo "app healthy"
[[ $(psqlq -d "$DB" -c "SELECT count(*) FROM channel WHERE phone_number_id = '$PHONE_NUMBER_ID'") == 1 ]] \
    || die "WhatsApp number $PHONE_NUMBER_ID not provisioned"

# one signed delivery as a smoke test (openssl; skipped without it); counted only in the persisted check
smoke_body='{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"'$PHONE_NUMBER_ID'"},"contacts":[{"profile":{"name":"Smoke Test"}, "wa_id":"56900000001"}],"messages":[{"from":"56900000001","id":"wamid.SMOKE'$$'","timestamp":"'$(date +%s)'","type":"text","text":{"body":"hola"}}]},"field":"messages"}]}]}'
smoke_sig=$(printf '%s' "$smoke_body" | openssl dgst -sha256 -hmac "$APP_SECRET" 2>/dev/null | awk '{print $NF}' || true)
SMOKE_OK=0
if [[ -n "$smoke_sig" ]]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
        -H "X-Hub-Signature-256: sha256=$smoke_sig" --data-binary "$smoke_body" "http://127.0.0.1:$PORT/webhooks/whatsapp")
    echo "smoke delivery: HTTP $code"
    [[ "$code" == 200 ]] || die "signed smoke delivery answered $code"
    SMOKE_OK=1
fi

# ---------------------------------------------------------------------------------------------------- JIT warm-up
OK_LOG="$WORK/acked-wamids.txt"
: >"$OK_LOG"
load() { timeout "$LOAD_TIMEOUT" java bench/WebhookLoad.java "$@" --url "http://127.0.0.1:$PORT/webhooks/whatsapp" \
    --phone-number-id "$PHONE_NUMBER_ID"; }
log "JIT warm-up: $JIT_WARMUP s of closed-loop deliveries, not counted"
load max --seconds "$JIT_WARMUP" --warmup 0 --concurrency "$CONCURRENCY" --secret "$APP_SECRET" --ok-log "$OK_LOG" \
    | tee "$WORK/jit.out" | tail -1
JIT_LINE=$(grep '^RESULT ' "$WORK/jit.out" | tail -1)
[[ -n "$JIT_LINE" ]] || die "no RESULT line from the warm-up"

# ---------------------------------------------------------------------------------------------------- baseline
log "baseline: pgbench single-row inserts (-c $PGB_CLIENTS -j 2 -T $RUN_SECONDS)"
psqlq -d "$DB" -c "DROP TABLE IF EXISTS bench_message; CREATE TABLE bench_message (LIKE message INCLUDING ALL)"
psqlq -d "$DB" -c "CHECKPOINT"
timeout $((RUN_SECONDS + 25)) pgbench -n -c "$PGB_CLIENTS" -j 2 -T "$RUN_SECONDS" -f bench/pgbench-insert.sql "$DB" \
    | tee "$WORK/pgbench.out"
BASE_TPS=$(awk '/^tps = / {print $3; exit}' "$WORK/pgbench.out")
BASE_LAT=$(awk '/^latency average/ {print $4; exit}' "$WORK/pgbench.out")
[[ -n "$BASE_TPS" ]] || die "could not read pgbench tps"
BASE_ROWS=$(psqlq -d "$DB" -c "SELECT count(*) FROM bench_message")

log "baseline 2: pgbench replaying one delivery's SQL (-c $PGB_CLIENTS -j 2 -T $RUN_SECONDS)"
read -r CHANNEL_ID WORKSPACE_ID <<<"$(psqlq -d "$DB" -F ' ' -c "SELECT id, workspace_id FROM channel WHERE phone_number_id = '$PHONE_NUMBER_ID'")"
psqlq -d "$DB" -c "CHECKPOINT"
ROWS_BEFORE_SQL=$(psqlq -d "$DB" -c "SELECT count(*) FROM message")
timeout $((RUN_SECONDS + 25)) pgbench -n -c "$PGB_CLIENTS" -j 2 -T "$RUN_SECONDS" -D ws="'$WORKSPACE_ID'" \
    -D channel="'$CHANNEL_ID'" -f bench/pgbench-delivery.sql "$DB" | tee "$WORK/pgbench-delivery.out"
DELIVERY_TPS=$(awk '/^tps = / {print $3; exit}' "$WORK/pgbench-delivery.out")
[[ -n "$DELIVERY_TPS" ]] || die "could not read the delivery pgbench tps"
SQL_ROWS=$(( $(psqlq -d "$DB" -c "SELECT count(*) FROM message") - ROWS_BEFORE_SQL ))   # not webhook deliveries

log "ceiling: HTTP + signature check only (wrong app secret, answered 401, no database work), 10 s"
load max --seconds 10 --warmup 2 --concurrency "$CONCURRENCY" --secret not-the-app-secret --expect-status 401 \
    | tee "$WORK/ceiling.out" | tail -1
CEILING_LINE=$(grep '^RESULT ' "$WORK/ceiling.out" | tail -1)
[[ -n "$CEILING_LINE" ]] || die "no RESULT line from the ceiling run"

# database activity counters, to put numbers on what one delivery costs
pgstat() {
    psqlq -d "$DB" -F ' ' -c "SELECT xact_commit, tup_inserted, tup_updated, tup_fetched,
        pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint FROM pg_stat_database WHERE datname = current_database()"
}

# ---------------------------------------------------------------------------------------------------- webhook load
psqlq -d "$DB" -c "CHECKPOINT"
log "webhook closed loop: max --seconds $RUN_SECONDS --concurrency $CONCURRENCY (warm-up $WARMUP s)"
STAT0=$(pgstat)
timeout "$LOAD_TIMEOUT" java bench/WebhookLoad.java max --seconds "$RUN_SECONDS" --warmup "$WARMUP" \
    --concurrency "$CONCURRENCY" --url "http://127.0.0.1:$PORT/webhooks/whatsapp" --secret "$APP_SECRET" \
    --phone-number-id "$PHONE_NUMBER_ID" --ok-log "$OK_LOG" | tee "$WORK/max.out"
STAT1=$(pgstat)
kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/app.log"; die "the app stopped during the max run"; }
MAX_LINE=$(grep '^RESULT ' "$WORK/max.out" | tail -1)
[[ -n "$MAX_LINE" ]] || die "no RESULT line from the max run"

psqlq -d "$DB" -c "CHECKPOINT"
log "webhook open loop: rate --rate $RATE --seconds $RUN_SECONDS (warm-up $WARMUP s)"
timeout "$LOAD_TIMEOUT" java bench/WebhookLoad.java rate --rate "$RATE" --seconds "$RUN_SECONDS" --warmup "$WARMUP" \
    --url "http://127.0.0.1:$PORT/webhooks/whatsapp" --secret "$APP_SECRET" \
    --phone-number-id "$PHONE_NUMBER_ID" --ok-log "$OK_LOG" | tee "$WORK/rate.out"
kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/app.log"; die "the app stopped during the rate run"; }
RATE_LINE=$(grep '^RESULT ' "$WORK/rate.out" | tail -1)
[[ -n "$RATE_LINE" ]] || die "no RESULT line from the rate run"

kv() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k {print $2}'; }

# ---------------------------------------------------------------------------------------------------- persisted check
log "persisted check"
sleep 1
ACKED=$(( $(kv "$JIT_LINE" ok_total) + $(kv "$MAX_LINE" ok_total) + $(kv "$RATE_LINE" ok_total) + SMOKE_OK ))
ACKED_LINES=$(( $(wc -l <"$OK_LOG") + SMOKE_OK ))
MESSAGES=$(( $(psqlq -d "$DB" -c "SELECT count(*) FROM message") - SQL_ROWS ))
DELIVERIES=$(psqlq -d "$DB" -c "SELECT count(*) FROM webhook_delivery")
CONVERSATIONS=$(psqlq -d "$DB" -c "SELECT count(*) FROM conversation")
MISSING=$(psqlq -d "$DB" <<SQL
CREATE TEMP TABLE acked (wamid text);
\copy acked FROM '$OK_LOG'
SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM message m WHERE m.wa_message_id = a.wamid);
SQL
)
echo "deliveries answered 200 (load tool, incl. warm-up and smoke test): $ACKED   (wamids logged: $ACKED_LINES)"
echo "rows: message $MESSAGES (plus $SQL_ROWS written by baseline 2), webhook_delivery $DELIVERIES, conversation $CONVERSATIONS"
echo "acknowledged wamids missing from message: $MISSING"
if [[ "$MISSING" == 0 && "$MESSAGES" -ge "$ACKED" && "$ACKED_LINES" == "$ACKED" ]]; then
    PERSISTED="PASS ($MESSAGES rows / $ACKED acked)"
else
    PERSISTED="FAIL ($MESSAGES rows / $ACKED acked, $MISSING missing)"
fi

log "stopping app"
kill "$APP_PID" 2>/dev/null || true
for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
UPTIME_AFTER=$(uptime)

# ---------------------------------------------------------------------------------------------------- summary
read -r c0 i0 u0 f0 w0 <<<"$STAT0"
read -r c1 i1 u1 f1 w1 <<<"$STAT1"
MAX_OK=$(kv "$MAX_LINE" ok)
WH_RATE=$(kv "$MAX_LINE" rate)
RATIO=$(awk -v a="$WH_RATE" -v b="$BASE_TPS" 'BEGIN {printf "%.1f", 100 * a / b}')
RATIO_SQL=$(awk -v a="$WH_RATE" -v b="$DELIVERY_TPS" 'BEGIN {printf "%.1f", 100 * a / b}')
P50=$(kv "$RATE_LINE" p50_ms); P95=$(kv "$RATE_LINE" p95_ms); P99=$(kv "$RATE_LINE" p99_ms); PMAX=$(kv "$RATE_LINE" max_ms)
R_ACH=$(kv "$RATE_LINE" rate)
R_BAD=$(( $(kv "$RATE_LINE" non200) + $(kv "$RATE_LINE" errors) + $(kv "$RATE_LINE" timeouts) + $(kv "$RATE_LINE" dropped) ))
T1=$(awk -v r="$RATIO" 'BEGIN {print (r >= 50) ? "PASS" : "FAIL"}')
T2=$(awk -v p="$P99" -v bad="$R_BAD" -v a="$R_ACH" -v t="$RATE" 'BEGIN {print (p < 50 && bad == 0 && a >= 0.98 * t) ? "PASS" : "FAIL"}')
PER_DELIVERY=$(awk -v c=$((c1 - c0)) -v i=$((i1 - i0)) -v u=$((u1 - u0)) -v w=$((w1 - w0)) -v n="$(kv "$MAX_LINE" sent_total)" \
    'BEGIN {if (n > 0) printf "%.2f commits, %.2f rows inserted, %.2f rows updated, %.0f WAL bytes", c/n, i/n, u/n, w/n}')

row() { printf ' | %-46s | %-40s | %-16s |\n' "$1" "$2" "$3"; }
echo
echo "=================================== Conversa webhook benchmark ==================================="
echo " machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo);" \
    "load average before: ${UPTIME_BEFORE##*average: }; after: ${UPTIME_AFTER##*average: }"
row "measure" "value" "target"
row "----------------------------------------------" "----------------------------------------" "----------------"
row "baseline: pgbench single-row inserts/s" "$BASE_TPS (-c $PGB_CLIENTS, avg $BASE_LAT ms)" ""
row "baseline 2: one delivery's SQL via pgbench, tx/s" "$DELIVERY_TPS (-c $PGB_CLIENTS)" ""
row "ceiling: HTTP + signature only (401), req/s" "$(kv "$CEILING_LINE" rate)" ""
row "webhook deliveries/s (closed loop, $CONCURRENCY workers)" "$WH_RATE ($MAX_OK in ${RUN_SECONDS} s)" ""
row "webhook / baseline" "$RATIO %" ">= 50 %   $T1"
row "webhook / baseline 2 (the delivery's own SQL)" "$RATIO_SQL %" ""
row "closed loop latency p50 / p99 (ms)" "$(kv "$MAX_LINE" p50_ms) / $(kv "$MAX_LINE" p99_ms)" ""
row "open loop at $RATE/s: achieved deliveries/s" "$R_ACH" ""
row "open loop at $RATE/s: p50/p95/p99/max (ms)" "$P50 / $P95 / $P99 / $PMAX" "p99 < 50  $T2"
row "open loop non-200 + errors + timeouts + drops" "$R_BAD" "0"
row "every 200 persisted" "$PERSISTED" "all"
row "per delivery (closed loop, pg_stat_database)" "$PER_DELIVERY" ""
echo "=================================================================================================="
echo "SUMMARY baseline_tps=$BASE_TPS delivery_sql_tps=$DELIVERY_TPS ceiling_rps=$(kv "$CEILING_LINE" rate)" \
    "webhook_rate=$WH_RATE ratio_pct=$RATIO ratio_sql_pct=$RATIO_SQL rate_target=$RATE rate_achieved=$R_ACH" \
    "p50_ms=$P50 p95_ms=$P95 p99_ms=$P99 max_ms=$PMAX rate_failures=$R_BAD acked=$ACKED persisted=$MESSAGES missing=$MISSING"
