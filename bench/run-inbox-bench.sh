#!/usr/bin/env bash
# Inbox list benchmark (see BENCHMARKS.md): 100,000 conversations and 1,000,000 messages in PostgreSQL; every tab,
# filter and search of GET /api/v1/conversations, a second page, and opening a conversation, timed over HTTP on
# loopback; then the query plans the list relies on.
#
#   bench/run-inbox-bench.sh [path/to/conversa.jar]     (default target/conversa-0.1.0-SNAPSHOT.jar)
#
# Environment: BENCH_PORT (18090), BENCH_DB (conversa_inbox_bench), BENCH_RUNS (100 per query), BENCH_KEEP_DB (0).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/conversa-0.1.0-SNAPSHOT.jar}
PORT=${BENCH_PORT:-18090}
DB=${BENCH_DB:-conversa_inbox_bench}
RUNS=${BENCH_RUNS:-100}
KEEP_DB=${BENCH_KEEP_DB:-0}
TOKEN=bench-token-0123456789abcdefghijklmnopqrstuvwxyz
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
WORK=$(mktemp -d /tmp/conversa-inbox-bench.XXXXXX)
APP_PID=""
psqlq() { psql -X -v ON_ERROR_STOP=1 -qAt "$@"; }
log() { printf '\n== %s  [%ss]\n' "$*" "$SECONDS"; }
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
    [[ "$KEEP_DB" == 1 ]] || psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null || true
    echo "logs: $WORK"
}
trap cleanup EXIT
[[ -f "$JAR" ]] || { echo "no jar at $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 1; }

log "machine"
echo "cpu: $(nproc) x $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); mem: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "pg: $(psqlq -d postgres -c 'SHOW server_version')"; echo "load: $(uptime)"

log "database and app"
psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
CONVERSA_MASTER_KEY=bench-master-key-0123456789 CONVERSA_SANDBOX=false CONVERSA_API_TOKEN=$TOKEN \
CONVERSA_WHATSAPP_PHONE_NUMBER_ID=106540352242922 CONVERSA_WHATSAPP_BUSINESS_ACCOUNT_ID=102290129340398 \
CONVERSA_WHATSAPP_ACCESS_TOKEN=bench CONVERSA_WHATSAPP_APP_SECRET=bench CONVERSA_WHATSAPP_VERIFY_TOKEN=bench \
CONVERSA_DATA_DIR="$WORK/data" PORT=$PORT java -Xmx1g -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health") == 200 ]] && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.5
done
read -r WS CHANNEL <<<"$(psqlq -d "$DB" -F ' ' -c "SELECT workspace_id, id FROM channel LIMIT 1")"

log "loading 100,000 conversations and 1,000,000 messages"
psqlq -d "$DB" -v ws="$WS" -v channel="$CHANNEL" -f bench/inbox-data.sql
psqlq -d "$DB" -c "SELECT 'conversations', count(*) FROM conversation UNION ALL SELECT 'messages', count(*) FROM message UNION ALL SELECT 'customers', count(*) FROM customer"
CONV=$(psqlq -d "$DB" -c "SELECT id FROM conversation WHERE customer_id IS NOT NULL ORDER BY last_message_at DESC LIMIT 1 OFFSET 500")
CURSOR=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/conversations?status=open&size=40" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')

declare -a NAMES=(
  "tab counts" "tab open" "tab snoozed" "tab closed" "tab all" "open, 2nd page (cursor)"
  "priority urgent" "tag promesa" "unread" "linked" "not linked" "assigned to me"
  "search name 'valenzuela'" "search number '4001234'" "search e-mail 'correo7.cl'" "search text 'cuotas' (common)"
  "search text 'F-1003' (12,500 msgs)" "search a word nobody wrote" "open a conversation" "its messages")
declare -a PATHS=(
  "conversations/counts" "conversations?status=open&size=40" "conversations?status=snoozed&size=40" "conversations?status=closed&size=40"
  "conversations?status=all&size=40" "conversations?status=open&size=40&cursor=$CURSOR"
  "conversations?status=all&priority=urgent&size=40" "conversations?status=all&tag=promesa&size=40"
  "conversations?status=open&unread=true&size=40" "conversations?status=open&linked=true&size=40"
  "conversations?status=open&linked=false&size=40"
  "conversations?status=open&assigneeId=00000000-0000-0000-0000-000000000001&size=40"
  "conversations?status=all&q=valenzuela&size=40" "conversations?status=all&q=4001234&size=40"
  "conversations?status=all&q=correo7.cl&size=40" "conversations?status=all&q=cuotas&size=40"
  "conversations?status=all&q=F-1003&size=40" "conversations?status=all&q=xilofono&size=40"
  "conversations/$CONV" "conversations/$CONV/messages")

log "timing each query: 10 warm-up calls, then $RUNS measured (curl time_total, loopback)"
printf '| %-34s | %8s | %8s | %8s | %s\n' "query" "p50 ms" "p95 ms" "max ms" "HTTP"
RESULTS="$WORK/results.md"
: >"$RESULTS"
for i in "${!PATHS[@]}"; do
    url="http://127.0.0.1:$PORT/api/v1/${PATHS[$i]}"
    for _ in $(seq 1 10); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$url"; done
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
    for _ in $(seq 1 "$RUNS"); do
        curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url"
    done | sort -n | awk -v name="${NAMES[$i]}" -v code="$code" '{v[NR]=$1*1000} END {
        p50=v[int(NR*0.5)]; p95=v[int(NR*0.95)]; printf "| %-34s | %8.1f | %8.1f | %8.1f | %s\n", name, p50, p95, v[NR], code}' \
        | tee -a "$RESULTS"
done

log "query plans (EXPLAIN ANALYZE of the SQL the list runs)"
NOW="now()"
explain() { echo "--- $1"; psqlq -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2" | sed 's/^/    /' | head -${3:-14}; }
COLS="c.id, c.channel_id, c.status, c.wa_id, c.contact_name, c.customer_id, c.last_message_at, c.unread_count, c.priority"
explain "tab open, first page" "SELECT $COLS FROM conversation c WHERE c.workspace_id = '$WS' AND c.status = 'open' AND (c.snoozed_until IS NULL OR c.snoozed_until <= $NOW) ORDER BY c.priority_rank DESC, c.last_message_at DESC, c.id DESC LIMIT 41"
explain "tab open, next page" "SELECT $COLS FROM conversation c WHERE c.workspace_id = '$WS' AND c.status = 'open' AND (c.snoozed_until IS NULL OR c.snoozed_until <= $NOW) AND (c.priority_rank, c.last_message_at, c.id) < (0, now() - interval '1 hour', '00000000-0000-0000-0000-000000000000') ORDER BY c.priority_rank DESC, c.last_message_at DESC, c.id DESC LIMIT 41"
explain "tab counts" "SELECT COUNT(*) FILTER (WHERE c.status = 'open') , COUNT(*) FILTER (WHERE c.status = 'closed'), COUNT(*) FROM conversation c WHERE c.workspace_id = '$WS'"
explain "search, a word common in messages ('cuotas'): walk the list, check each conversation" "SELECT $COLS FROM conversation c WHERE c.workspace_id = '$WS' AND (c.contact_name ILIKE '%cuotas%' OR EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id AND m.text ILIKE '%cuotas%' OFFSET 0)) ORDER BY c.priority_rank DESC, c.last_message_at DESC, c.id DESC LIMIT 41" 20
explain "search, rare words ('valenzuela'): collect the matches through trigram indexes (contacts, then messages not already found), then order" "SELECT $COLS FROM (SELECT * FROM conversation x WHERE x.workspace_id = '$WS' AND (x.contact_name ILIKE '%valenzuela%') UNION ALL SELECT * FROM conversation x WHERE x.id = ANY (ARRAY(SELECT m.conversation_id FROM message m WHERE m.workspace_id = '$WS' AND m.text ILIKE '%valenzuela%')) AND (x.contact_name ILIKE '%valenzuela%') IS NOT TRUE) c WHERE c.workspace_id = '$WS' ORDER BY c.priority_rank DESC, c.last_message_at DESC, c.id DESC LIMIT 41" 40
explain "search, the customers it matches (name, e-mail, tax id, reference, phone)" "SELECT c.id FROM customer c WHERE c.workspace_id = '$WS' AND (LOWER(c.name) LIKE '%correo7.cl%' OR LOWER(c.email) LIKE '%correo7.cl%' OR LOWER(c.tax_id) LIKE '%correo7.cl%' OR LOWER(c.external_ref) LIKE '%correo7.cl%' OR LOWER(c.phone) LIKE '%correo7.cl%') LIMIT 500" 24
echo "--- search, how common the words are: the planner's estimate of matching messages (no execution)"
for w in cuotas F-1003 valenzuela xilofono; do
    printf '    %-12s %s rows\n' "$w" "$(psqlq -d "$DB" -c "EXPLAIN (FORMAT JSON) SELECT 1 FROM message m WHERE m.workspace_id = '$WS' AND m.text ILIKE '%$w%'" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Plan"]["Plan Rows"])')"
done
explain "a conversation's messages" "SELECT id, text FROM message WHERE workspace_id = '$WS' AND conversation_id = '$CONV' ORDER BY occurred_at, created_at"
echo; echo "results: $RESULTS"
