#!/usr/bin/env bash
# The read-side benchmark: seeds 1,000,000 expenses and 200,000 recharges over 10,000 users (one user
# with 10,000 expenses), starts the production jar against the MariaDB/MySQL and Redis on 127.0.0.1,
# and measures with wrk: a trivial endpoint of the same app (the ceiling), GET /wechat/user for one
# user and for 10,000 users in turn, and the expense list of the heavy user at pages 1, 250 and 500.
# Prints requests/s, p50/p99 and the ratio to the ceiling, and writes them to bench/out/.
#
#   bench/run.sh                 # 30 s per endpoint
#   DURATION=10s bench/run.sh    # shorter
#   PROFILE=1 bench/run.sh       # and where the CPU goes (bench/prod-app.sh)
#
# The bench signs nobody in: the WeChat, Geetest and SMS keys are placeholders prod requires (the
# merchant keys are made for the run, bench/prod-app.sh). Needs: JDK 17, openssl, a MySQL 8 /
# MariaDB 10.11+ server on 127.0.0.1:3306 (user root, no password, or set BENCH_DB_USER /
# BENCH_DB_PASSWORD), a Redis on 127.0.0.1:6379, wrk (installed with apt if missing).
# On MySQL 8 from bin/mysql8:  bin/mysql8 start 3307 && BENCH_DB_PORT=3307 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DB:-coinop_bench}
APP_LOG=bench/out/app.log
APP_ENV=()
source bench/prod-app.sh
start_coinop

echo "== seeding (Flyway has made the tables)"
time mysql_cmd "$DB" < bench/seed.sql
HEAVY_USER=$(mysql_cmd -N "$DB" -e "SELECT id FROM users WHERE openid = 'o-bench-heavy'")

# prod marks the session cookie Secure, so it is named __Host-COINOP_SESSION
SESSION_COOKIE=__Host-COINOP_SESSION
echo "== a session for the heavy user $HEAVY_USER"
SESSION_ID=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
SESSION_VALUE=$(bench/session-value.sh "o-bench-heavy" "$HEAVY_USER")
redis-cli -p "$REDIS_PORT" SET "coinop:session:$SESSION_ID" "$SESSION_VALUE" EX 3600 >/dev/null
COOKIE="$SESSION_COOKIE=$SESSION_ID"
PROFILE=$(curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/wechat/user")
echo "$PROFILE" | head -c 300; echo
echo "$PROFILE" | grep -q '"success":true' || { echo "the bench session was not accepted" >&2; exit 1; }

echo "== sessions for 10,000 users (bench/out/sessions.txt)"
NOW_MS=$(date +%s%3N)
awk -v now="$NOW_MS" -v ids="$OUT/sessions.txt" 'BEGIN {
    for (n = 0; n < 10000; n++) {
        id = sprintf("bench%017d", n)
        print id > ids
        openid = n == 0 ? "o-bench-heavy" : "o-bench-" n
        printf "SET coinop:session:%s \"2|%s|%d|||%s\" EX 3600\n", id, now, n + 1, openid
    }
}' | redis-cli -p "$REDIS_PORT" > /dev/null

run_wrk() { # name, lua script or "", url
    local name=$1 script=$2 url=$3
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" \
        ${script:+-s "$script"} "$url" > "$OUT/wrk-$name.txt"
}
summary() { # name -> "rps p50 p99"
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$5} END {print rps, p50, p99, (bad==""?0:bad)}' "$OUT/wrk-$1.txt"
}

echo "== warm-up: every endpoint twice, then until the JIT compiler is idle"
DURATION_SAVE=$DURATION; DURATION=${WARMUP:-20s}
for _ in 1 2; do
    run_wrk warmup-health "" "http://127.0.0.1:$PORT/health"
    run_wrk warmup-user "" "http://127.0.0.1:$PORT/wechat/user"
    run_wrk warmup-user-many bench/user-many.lua "http://127.0.0.1:$PORT/wechat/user"
    run_wrk warmup-page1 bench/expense-page1.lua "http://127.0.0.1:$PORT/wechat/expense/list"
    run_wrk warmup-page250 bench/expense-page250.lua "http://127.0.0.1:$PORT/wechat/expense/list"
    run_wrk warmup-page500 bench/expense-page500.lua "http://127.0.0.1:$PORT/wechat/expense/list"
done
DURATION=$DURATION_SAVE
wait_for_idle_jvm

echo "== throughput: $DURATION each, $THREADS threads, $CONNECTIONS connections"
throughput() { # name, lua script or "", url
    profile_start "$1"
    run_wrk "$@"
    profile_stop "$1"
}
throughput health "" "http://127.0.0.1:$PORT/health"
throughput user "" "http://127.0.0.1:$PORT/wechat/user"
throughput user-many bench/user-many.lua "http://127.0.0.1:$PORT/wechat/user"
throughput expense-page1 bench/expense-page1.lua "http://127.0.0.1:$PORT/wechat/expense/list"
throughput expense-page250 bench/expense-page250.lua "http://127.0.0.1:$PORT/wechat/expense/list"
throughput expense-page500 bench/expense-page500.lua "http://127.0.0.1:$PORT/wechat/expense/list"

# Latency under a load the machine carries: at saturation every figure is queueing
# (32 connections / 1,000 requests/s is 32 ms whatever a request costs).
CONNECTIONS_SAVE=$CONNECTIONS; CONNECTIONS=${LATENCY_CONNECTIONS:-4}
echo "== latency: $DURATION each, $CONNECTIONS connections"
run_wrk latency-user "" "http://127.0.0.1:$PORT/wechat/user"
run_wrk latency-expense-page1 bench/expense-page1.lua "http://127.0.0.1:$PORT/wechat/expense/list"
run_wrk latency-expense-page250 bench/expense-page250.lua "http://127.0.0.1:$PORT/wechat/expense/list"
run_wrk latency-expense-page500 bench/expense-page500.lua "http://127.0.0.1:$PORT/wechat/expense/list"
CONNECTIONS=$CONNECTIONS_SAVE

read -r CEILING _ <<< "$(summary health)"
RESULT="$OUT/results-$(date +%Y-%m-%d).md"
{
    echo "coinop read-side benchmark, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk -t$THREADS -d$DURATION on the same machine as the app, database $(mysql_cmd -N -e 'SELECT VERSION()') and Redis"
    echo
    echo "| run | endpoint | connections | requests/s | p50 | p99 | non-2xx | ratio to ceiling |"
    echo "|---|---|---|---|---|---|---|---|"
    for name in health user user-many expense-page1 expense-page250 expense-page500; do
        read -r rps p50 p99 bad <<< "$(summary $name)"
        ratio=$(awk -v a="$rps" -v b="$CEILING" 'BEGIN {printf "%.0f %%", 100 * a / b}')
        echo "| throughput | $name | $CONNECTIONS | $rps | $p50 | $p99 | $bad | $ratio |"
    done
    for name in user expense-page1 expense-page250 expense-page500; do
        read -r rps p50 p99 bad <<< "$(summary latency-$name)"
        echo "| latency | $name | ${LATENCY_CONNECTIONS:-4} | $rps | $p50 | $p99 | $bad | |"
    done
} | tee "$RESULT"
echo "written to $RESULT"
