#!/usr/bin/env bash
# The read-side benchmark: seeds 1,000,000 expenses and 200,000 recharges over 10,000 users (one user
# with 10,000 expenses), starts the production jar against the MariaDB/MySQL and Redis on 127.0.0.1,
# and measures with wrk: a trivial endpoint of the same app (the ceiling), GET /wechat/user for one
# user and for 10,000 users in turn, the expense and the recharge list of the heavy user at pages 1,
# 250 and 500, and the page's mix (check, user, both lists) of 10,000 users in turn. Prints
# requests/s, p50/p99, the ratio to the ceiling and the CPU per request of the application and of the
# database, and writes them to bench/out/.
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
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
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
USER_PROFILE=$(curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/wechat/user")
echo "$USER_PROFILE" | head -c 300; echo
echo "$USER_PROFILE" | grep -q '"success":true' || { echo "the bench session was not accepted" >&2; exit 1; }

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

run_wrk() { # name, lua script or "", url; also writes the CPU the run cost (app, database, Redis ticks)
    local name=$1 script=$2 url=$3 before
    before=$(cpu_ticks)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" \
        ${script:+-s "$script"} "$url" > "$OUT/wrk-$name.txt"
    echo "$before $(cpu_ticks)" > "$OUT/cpu-$name.txt"
}
summary() { # name -> "rps p50 p99 non-2xx app-us db-us redis-us" (CPU per request, microseconds of one core)
    awk -v hz="$(getconf CLK_TCK)" -v cpu="$OUT/cpu-$1.txt" '
        / requests in / {n=$1} /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$5}
        END {getline t < cpu; split(t, c, " ");
             printf "%s %s %s %s %.0f %.0f %.0f\n", rps, p50, p99, (bad==""?0:bad),
                    (c[4]-c[1]) / hz * 1e6 / n, (c[5]-c[2]) / hz * 1e6 / n, (c[6]-c[3]) / hz * 1e6 / n}' "$OUT/wrk-$1.txt"
}
# name, lua script or "", path
ENDPOINTS=(
    "health||/health"
    "user||/wechat/user"
    "user-many|bench/user-many.lua|/wechat/user"
    "expense-page1|bench/expense-page1.lua|/wechat/expense/list"
    "expense-page250|bench/expense-page250.lua|/wechat/expense/list"
    "expense-page500|bench/expense-page500.lua|/wechat/expense/list"
    "recharge-page1|bench/recharge-page1.lua|/wechat/recharge/list"
    "recharge-page250|bench/recharge-page250.lua|/wechat/recharge/list"
    "recharge-page500|bench/recharge-page500.lua|/wechat/recharge/list"
    "mixed|bench/mixed.lua|/"
)
LATENCY_ENDPOINTS=(user expense-page1 expense-page250 expense-page500 recharge-page1 recharge-page250
    recharge-page500 mixed)
endpoint() { # name -> "script url"
    local e name script path
    for e in "${ENDPOINTS[@]}"; do
        IFS='|' read -r name script path <<< "$e"
        [ "$name" = "$1" ] && { echo "${script:-} http://127.0.0.1:$PORT$path"; return; }
    done
}
run_endpoint() { # run name prefix, endpoint name
    local script url
    read -r script url <<< "$(endpoint "$2")"
    [ "$url" = "" ] && { url=$script; script=""; }
    run_wrk "$1$2" "$script" "$url"
}

echo "== warm-up: every endpoint twice, then until the JIT compiler is idle"
DURATION_SAVE=$DURATION; DURATION=${WARMUP:-20s}
for _ in 1 2; do
    for e in "${ENDPOINTS[@]}"; do run_endpoint warmup- "${e%%|*}"; done
done
DURATION=$DURATION_SAVE
wait_for_idle_jvm

echo "== throughput: $DURATION each, $THREADS threads, $CONNECTIONS connections"
for e in "${ENDPOINTS[@]}"; do
    name=${e%%|*}
    profile_start "$name"
    run_endpoint "" "$name"
    profile_stop "$name"
done

# Latency under a load the machine carries: at saturation every figure is queueing
# (32 connections / 1,000 requests/s is 32 ms whatever a request costs).
CONNECTIONS_SAVE=$CONNECTIONS; CONNECTIONS=${LATENCY_CONNECTIONS:-4}
echo "== latency: $DURATION each, $CONNECTIONS connections"
for name in "${LATENCY_ENDPOINTS[@]}"; do run_endpoint latency- "$name"; done
CONNECTIONS=$CONNECTIONS_SAVE

read -r CEILING _ <<< "$(summary health)"
RESULT="$OUT/results-$(date +%Y-%m-%d).md"
{
    echo "coinop read-side benchmark, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk -t$THREADS -d$DURATION on the same machine as the app, database $(mysql_cmd -N -e 'SELECT VERSION()') and Redis"
    echo
    echo "Load before the run: $LOAD_BEFORE. CPU per request: microseconds of one core used by the application"
    echo "(app), the database (db) and Redis during the run, divided by the requests it answered."
    echo
    echo "| run | endpoint | connections | requests/s | p50 | p99 | non-2xx | ratio to ceiling | app CPU/req | db CPU/req | Redis CPU/req |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    for e in "${ENDPOINTS[@]}"; do
        name=${e%%|*}
        read -r rps p50 p99 bad app db redis <<< "$(summary "$name")"
        ratio=$(awk -v a="$rps" -v b="$CEILING" 'BEGIN {printf "%.0f %%", 100 * a / b}')
        echo "| throughput | $name | $CONNECTIONS | $rps | $p50 | $p99 | $bad | $ratio | ${app} us | ${db} us | ${redis} us |"
    done
    for name in "${LATENCY_ENDPOINTS[@]}"; do
        read -r rps p50 p99 bad app db redis <<< "$(summary "latency-$name")"
        echo "| latency | $name | ${LATENCY_CONNECTIONS:-4} | $rps | $p50 | $p99 | $bad | | ${app} us | ${db} us | ${redis} us |"
    done
} | tee "$RESULT"
echo "written to $RESULT"
