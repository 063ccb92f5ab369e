#!/usr/bin/env bash
# The payment notification benchmark: WeChat Pay's notifications (signed, encrypted, each naming another
# waiting order of another user, so each is a first credit: verify, decrypt, one transaction of order,
# balance and ledger row) against the production jar on the MariaDB/MySQL and Redis of 127.0.0.1, with
# wrk on the same machine. Prints notifications/s as a ratio to GET /health of the same app, the p99 at
# a load the machine carries (4 connections), and checks the books afterwards: every 204 credited once.
#
#   bench/notify.sh                  # 20 s per run
#   DURATION=10s bench/notify.sh
#   PROFILE=1 bench/notify.sh        # and where the CPU goes (bench/prod-app.sh)
#
# Needs what bench/run.sh needs. The merchant and WeChat Pay keys are made for the run (bench/prod-app.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
LATENCY_CONNECTIONS=${LATENCY_CONNECTIONS:-4}
PORT=${BENCH_PORT:-18081}
DB=${BENCH_DB:-coinop_bench_notify}
# orders of each run: more than it can credit, so no notification repeats (the script checks)
WARMUP=${WARMUP:-10s}
WARMUP_BATCH=${WARMUP_BATCH:-40000}
THROUGHPUT_BATCH=${THROUGHPUT_BATCH:-100000}
LATENCY_BATCH=${LATENCY_BATCH:-60000}
APP_LOG=bench/out/notify-app.log
# notifications are signed once before the runs; the reconciliation job stays out of the measurement
APP_ENV=(COINOP_WECHAT_PAY_NOTIFICATION_SKEW=6h COINOP_RECHARGE_RECONCILE_EVERY=1h)
source bench/prod-app.sh
start_coinop

ORDERS=$((WARMUP_BATCH + THROUGHPUT_BATCH + LATENCY_BATCH))
echo "== seeding $ORDERS users, each with one order of 1.00 yuan waiting for payment"
mysql_cmd "$DB" <<SQL
CREATE TEMPORARY TABLE digits (d INT);
INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
CREATE TEMPORARY TABLE numbers (n INT PRIMARY KEY);
INSERT INTO numbers
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 100000 * f.d
  FROM digits a, digits b, digits c, digits d, digits e, digits f
 WHERE a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 100000 * f.d < $ORDERS;
INSERT INTO users (id, openid, nick_name, mobile, total_account, used_account, balance_account, state, ctime, utime)
SELECT n + 1, CONCAT('o-bench-', n), 'bench', CONCAT('135', LPAD(n, 8, '0')), 0, 0, 0, 1, NOW(), NOW() FROM numbers;
INSERT INTO recharge_orders (user_id, out_trade_no, amount, status, expire_time, next_check_time, check_count, ctime, utime)
SELECT n + 1, CONCAT('RBENCH', n), 100, 'CREATED', NOW() + INTERVAL 1 DAY, NOW() + INTERVAL 1 DAY, 0, NOW(), NOW()
  FROM numbers;
ANALYZE TABLE users, recharge_orders;
SQL

notifications() { # name, first order, count
    java bench/NotificationGenerator.java "$KEYS/wechatpay.pem" $PUBLIC_KEY_ID "$API_V3_KEY" $APP_ID $MCH_ID \
        RBENCH "$2" "$3" 100 "$OUT/notifications-$1.txt"
}
echo "== $ORDERS signed, encrypted notifications"
notifications warmup 0 "$WARMUP_BATCH"
notifications throughput "$WARMUP_BATCH" "$THROUGHPUT_BATCH"
notifications latency $((WARMUP_BATCH + THROUGHPUT_BATCH)) "$LATENCY_BATCH"

run_wrk() { # name, connections, duration, lua script or "", url
    local name=$1 connections=$2 duration=$3 script=$4 url=$5
    NOTIFICATIONS="$OUT/notifications-${name#notify-}.txt" WRK_THREADS=$THREADS \
        wrk -t"$THREADS" -c"$connections" -d"$duration" --latency ${script:+-s "$script"} "$url" > "$OUT/wrk-$name.txt"
    if grep -qE '^repeated: [1-9]' "$OUT/wrk-$name.txt"; then
        echo "the $name run used up its notifications and repeated some: raise its batch" >&2
        exit 1
    fi
}
summary() { # name -> "rps p50 p99 non-204"
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /not 204:/ {bad=$3} END {print rps, p50, p99, (bad==""?0:bad)}' \
        "$OUT/wrk-$1.txt"
}
echo "== warm-up, then until the JIT compiler is idle"
run_wrk health-warmup "$CONNECTIONS" "$WARMUP" "" "http://127.0.0.1:$PORT/health"
run_wrk notify-warmup "$CONNECTIONS" "$WARMUP" bench/notify.lua "http://127.0.0.1:$PORT/wechat/pay/notify"
wait_for_idle_jvm

echo "== throughput: $DURATION each, $CONNECTIONS connections"
run_wrk health "$CONNECTIONS" "$DURATION" "" "http://127.0.0.1:$PORT/health"
profile_start notify-throughput
run_wrk notify-throughput "$CONNECTIONS" "$DURATION" bench/notify.lua "http://127.0.0.1:$PORT/wechat/pay/notify"
profile_stop notify-throughput
echo "== latency: $DURATION, $LATENCY_CONNECTIONS connections"
run_wrk notify-latency "$LATENCY_CONNECTIONS" "$DURATION" bench/notify.lua "http://127.0.0.1:$PORT/wechat/pay/notify"

echo "== the books: every order credited at most once, the ledger adds up to the balances"
read -r PAID CREDITS LEDGER BALANCES <<< "$(mysql_cmd -N "$DB" -e "
    SELECT (SELECT COUNT(*) FROM recharge_orders WHERE status = 'PAID'),
           (SELECT COUNT(*) FROM ledger_entries WHERE kind = 'RECHARGE'),
           (SELECT COALESCE(SUM(amount), 0) FROM ledger_entries),
           (SELECT COALESCE(SUM(balance_account), 0) FROM users)")"
if ! { [ "$PAID" = "$CREDITS" ] && [ "$LEDGER" = "$BALANCES" ] && [ "$BALANCES" = $((PAID * 100)) ]; }; then
    echo "the books do not add up: $PAID paid, $CREDITS credits, ledger $LEDGER, balances $BALANCES" >&2
    exit 1
fi

read -r CEILING _ <<< "$(summary health)"
RESULT="$OUT/notify-results-$(date +%Y-%m-%d).md"
{
    echo "coinop payment notification benchmark, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk -t$THREADS -d$DURATION on the same machine as the app, database $(mysql_cmd -N -e 'SELECT VERSION()') and Redis"
    echo
    echo "| run | endpoint | connections | requests/s | p50 | p99 | not 204 | ratio to ceiling |"
    echo "|---|---|---|---|---|---|---|---|"
    read -r rps p50 p99 bad <<< "$(summary health)"
    echo "| throughput | health | $CONNECTIONS | $rps | $p50 | $p99 | | 100 % |"
    read -r rps p50 p99 bad <<< "$(summary notify-throughput)"
    echo "| throughput | notify (distinct orders) | $CONNECTIONS | $rps | $p50 | $p99 | $bad | $(awk -v a="$rps" -v b="$CEILING" 'BEGIN {printf "%.1f %%", 100 * a / b}') |"
    read -r rps p50 p99 bad <<< "$(summary notify-latency)"
    echo "| latency | notify (distinct orders) | $LATENCY_CONNECTIONS | $rps | $p50 | $p99 | $bad | |"
    echo
    echo "Books afterwards: $PAID orders paid, $CREDITS recharge ledger rows, ledger sum $LEDGER fen = balances $BALANCES fen."
} | tee "$RESULT"
echo "written to $RESULT"
