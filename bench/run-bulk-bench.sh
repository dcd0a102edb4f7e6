#!/usr/bin/env bash
# Bulk-send benchmark (see BENCHMARKS.md): creating a bulk send of 100,000 recipients with the heap capped at 512 MB,
# then dispatching bulk sends against a local fake Graph API (bench/FakeGraph.java) at a configured rate, measured at
# the fake (arrivals per second).
#
#   bench/run-bulk-bench.sh [path/to/conversa.jar]     (default target/conversa-0.1.0-SNAPSHOT.jar)
#
# Environment: BENCH_PORT (18095), BENCH_FAKE_PORT (18999), BENCH_DB (conversa_bulk_bench), BENCH_CREATE (100000
# recipients), BENCH_RATES ("1000 80"), BENCH_DISPATCH_SECONDS (20: each rate's bulk send holds this many seconds of
# messages), BENCH_HEAP (512m), BENCH_KEEP_DB (0; 1 keeps the last database for a look with psql), BENCH_JAVA_OPTS
# (extra JVM options for the app, e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/conversa-0.1.0-SNAPSHOT.jar}
PORT=${BENCH_PORT:-18095}
FAKE_PORT=${BENCH_FAKE_PORT:-18999}
DB=${BENCH_DB:-conversa_bulk_bench}
CREATE=${BENCH_CREATE:-100000}
RATES=${BENCH_RATES:-"1000 80"}
SECONDS_PER_RATE=${BENCH_DISPATCH_SECONDS:-20}
HEAP=${BENCH_HEAP:-512m}
TOKEN=bench-token-0123456789abcdefghijklmnopqrstuvwxyz
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
WORK=$(mktemp -d /tmp/conversa-bulk-bench.XXXXXX)
APP_PID="" FAKE_PID="" JSTAT_PID=""
psqlq() { psql -X -v ON_ERROR_STOP=1 -qAt "$@"; }
log() { printf '\n== %s  [%ss]\n' "$*" "$SECONDS"; }
api() { curl -sS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
cleanup() {
    for pid in "$JSTAT_PID" "$APP_PID" "$FAKE_PID"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done
    [[ "${BENCH_KEEP_DB:-0}" == 1 ]] || psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null || true
    echo "logs: $WORK"
}
trap cleanup EXIT
[[ -f "$JAR" ]] || { echo "no jar at $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 1; }

log "machine"
echo "cpu: $(nproc) x $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); mem: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "pg: $(psqlq -d postgres -c 'SHOW server_version')"; echo "load: $(uptime)"

# One app per rate: the number's messages per second is its configuration.
start_app() {
    local rate=$1
    psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    CONVERSA_MASTER_KEY=bench-master-key-0123456789 CONVERSA_SANDBOX=false CONVERSA_API_TOKEN=$TOKEN \
    CONVERSA_WHATSAPP_PHONE_NUMBER_ID=106540352242922 CONVERSA_WHATSAPP_BUSINESS_ACCOUNT_ID=102290129340398 \
    CONVERSA_WHATSAPP_ACCESS_TOKEN=bench CONVERSA_WHATSAPP_APP_SECRET=bench CONVERSA_WHATSAPP_VERIFY_TOKEN=bench \
    CONVERSA_WHATSAPP_GRAPH_URL=http://127.0.0.1:$FAKE_PORT CONVERSA_WHATSAPP_MESSAGES_PER_SECOND=$rate \
    CONVERSA_BULK_CONTACT_HOURS=always CONVERSA_DATA_DIR="$WORK/data" PORT=$PORT \
        java -Xmx$HEAP ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$WORK/app-$rate.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 180); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health") == 200 ]] && break
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-$rate.log"; exit 1; }
        sleep 0.5
    done
    api -X POST "http://127.0.0.1:$PORT/api/v1/templates/sync" >/dev/null
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# A bulk send's JSON body: N valid Chilean mobiles (+56 9 6xxx xxxx) from an offset, each with its own parameters.
body() {
    python3 - "$1" "$2" "$3" <<'EOF'
import json, sys
n, offset, send_at = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
recipients = [{"phone": "+5696%07d" % (offset + i), "parameters": ["Cliente %d" % i, "$%d" % (1000 + i)]} for i in range(n)]
doc = {"name": "bench %d" % n, "template": {"name": "aviso_saldo", "language": "es"}, "recipients": recipients}
if send_at:
    doc["sendAt"] = send_at
print(json.dumps(doc))
EOF
}

# Creates a bulk send from a body file, waits until it completes (at most 10 minutes), answers its id.
dispatch() {
    local id status
    id=$(api -X POST --data-binary @"$1" "http://127.0.0.1:$PORT/api/v1/bulk-sends" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    for _ in $(seq 1 600); do
        status=$(api "http://127.0.0.1:$PORT/api/v1/bulk-sends/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
        [[ "$status" == completed ]] && break
        sleep 1
    done
    echo "$id"
}

# CPU time (user + system, in clock ticks) of a process, and of every PostgreSQL process together.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# PostgreSQL: the connections to the benchmark's database, and the server's background processes (WAL writer,
# checkpointer, autovacuum…), which other clients' work on the same server (a build's tests) also keeps busy
postgres_ticks() {
    for pid in $(pgrep -u postgres); do
        cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || continue
        if [[ "$cmd" == *" $DB "* ]]; then
            awk '{ print "backend", $14 + $15 }' "/proc/$pid/stat" 2>/dev/null
        elif [[ "$cmd" != *"127.0.0.1("* && "$cmd" != *"[local]"* ]]; then
            awk '{ print "background", $14 + $15 }' "/proc/$pid/stat" 2>/dev/null
        fi
    done | awk '{ t[$1] += $2 } END { print t["backend"] + 0, t["background"] + 0 }'
}
cpu_ms() { awk -v ticks="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", ticks * 1000 / hz / n }'; }

log "fake Graph API"
java bench/FakeGraph.java --port "$FAKE_PORT" --log "$WORK/sends.log" >"$WORK/fake.log" 2>&1 &
FAKE_PID=$!
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$FAKE_PORT/" && break; sleep 0.5; done

log "creating a bulk send of $CREATE recipients (heap capped at $HEAP; scheduled a day ahead so nothing is sent)"
start_app 80
body "$CREATE" 0 "$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)" >"$WORK/create.json"
echo "request body: $(du -h "$WORK/create.json" | cut -f1)"
jstat -gc "$APP_PID" 200 >"$WORK/jstat.log" 2>&1 &
JSTAT_PID=$!
api -o "$WORK/created.json" -w 'HTTP %{http_code}, %{time_total} s\n' -X POST --data-binary @"$WORK/create.json" \
    "http://127.0.0.1:$PORT/api/v1/bulk-sends"
kill "$JSTAT_PID"; JSTAT_PID=""
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("accepted", d["accepted"], "duplicates", d["duplicates"], "rejected", d["rejectedCount"])' "$WORK/created.json"
psqlq -d "$DB" -c "SELECT 'recipient rows', COUNT(*) FROM bulk_recipient"
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "peak heap used (jstat, every 200 ms): %.0f MB of %s\n", max / 1024, "'"$HEAP"'" }' "$WORK/jstat.log"
stop_app

for rate in $RATES; do
    n=$((rate * SECONDS_PER_RATE))
    log "dispatching $n recipients at a configured $rate messages/s"
    start_app "$rate"
    # JIT warm-up: a first bulk send of about thirty seconds, not measured (a server in production runs warm; with ten
    # seconds the C2 compiler thread still took a third of the CPU during the measured run)
    warm=$((rate * 30 < 30000 ? rate * 30 : 30000))
    body "$warm" 5000000 "" >"$WORK/warm-$rate.json"
    dispatch "$WORK/warm-$rate.json" >/dev/null
    body "$n" 1000000 "" >"$WORK/dispatch-$rate.json"
    sleep 2 # the fake writes its log every 500 ms: what came before this bulk send is in it now
    first_line=$(($(wc -l <"$WORK/sends.log") + 1))
    cpu_before="$(cpu_ticks "$APP_PID") $(cpu_ticks "$FAKE_PID") $(postgres_ticks)"
    id=$(dispatch "$WORK/dispatch-$rate.json")
    read -r app_cpu fake_cpu pg_cpu pg_background_cpu <<<"$(paste -d' ' <(echo "$(cpu_ticks "$APP_PID") $(cpu_ticks "$FAKE_PID") $(postgres_ticks)" | tr ' ' '\n') <(echo "$cpu_before" | tr ' ' '\n') | awk '{ printf "%d ", $1 - $2 }')"
    echo "CPU during the dispatch (ms per message): app $(cpu_ms "$app_cpu" "$n"), PostgreSQL $(cpu_ms "$pg_cpu" "$n")" \
        "(+ $(cpu_ms "$pg_background_cpu" "$n") in its background processes), fake $(cpu_ms "$fake_cpu" "$n")"
    sleep 1
    api "http://127.0.0.1:$PORT/api/v1/bulk-sends/$id" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("status", d["status"], "counts", d["counts"])'
    python3 - "$WORK/sends.log" "$rate" "$n" "$first_line" <<'EOF'
import sys, collections
path, rate, n, first_line = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
times, per_recipient = [], collections.Counter()
for number, line in enumerate(open(path), start=1):
    if number < first_line:
        continue  # an earlier run's sends
    parts = line.split()
    # only the measured bulk send's recipients (+56 961 …); the warm-up's are +56 965 …
    if len(parts) == 2 and parts[0].startswith("56961"):
        per_recipient[parts[0]] += 1
        times.append(int(parts[1]))
times.sort()
if not times:
    sys.exit("no sends arrived")
start, end = times[0], times[-1]
# steady state: leave out the first 2 s (start-up) and the last second (the tail)
steady = [t for t in times if start + 2000 <= t < end - 1000]
span = (end - 1000 - (start + 2000)) / 1000
buckets = collections.Counter((t - start) // 1000 for t in steady)
per_second = [buckets[k] for k in sorted(buckets)]
mean = len(steady) / span if span > 0 else float("nan")
print(f"arrived at the fake: {len(times)} messages to {len(per_recipient)} recipients of {n}; "
      f"sent twice: {sum(1 for c in per_recipient.values() if c > 1)}")
print(f"whole run: {len(times) / max((end - start) / 1000, 0.001):.1f} msg/s over {(end - start) / 1000:.1f} s")
print(f"steady state: {mean:.1f} msg/s (configured {rate}: {100 * (mean - rate) / rate:+.1f} %); "
      f"per-second min {min(per_second)}, max {max(per_second)}")
EOF
    stop_app
done
