#!/usr/bin/env bash
# The machines benchmark: stop + start pairs of distinct users on distinct machines from the H5 page (POST
# /wechat/device/stop, then /wechat/device/start with the machine's QR code), and the machines' own signed
# heartbeats (POST /device/v1/heartbeat, half of the machines in use), against the production jar on the
# MariaDB/MySQL and Redis of 127.0.0.1, with wrk on the same machine. Prints pairs/s and heartbeats/s as
# ratios to GET /health of the same app, the latency at a load the machine carries (4 connections), and
# checks the books afterwards.
#
#   bench/usage.sh                  # 20 s per run
#   DURATION=10s bench/usage.sh
#   PROFILE=1 bench/usage.sh        # and where the CPU goes (bench/prod-app.sh)
#
# Needs what bench/run.sh needs. The machines' secrets are made for the run.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
LATENCY_CONNECTIONS=${LATENCY_CONNECTIONS:-4}
PORT=${BENCH_PORT:-18082}
DB=${BENCH_DB:-coinop_bench_usage}
# users and machines of the pairs; as many machines again for the heartbeats, half of them in use
MACHINES=${MACHINES:-10000}
# heartbeats signed for each run: more than it can send, so no nonce repeats (the script checks)
WARMUP_BATCH=${WARMUP_BATCH:-100000}
THROUGHPUT_BATCH=${THROUGHPUT_BATCH:-200000}
LATENCY_BATCH=${LATENCY_BATCH:-200000}
BALANCE=10000 # fen, 100 yuan a user: a thousand minutes at 0.10 yuan
PRICE=10      # fen a minute
APP_LOG=bench/out/usage-app.log
# what else the machine was doing: the load averages before this script's own work
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# the job ending overdue sessions walks every session in progress (15,000 here) every 30 s with two reads
# each: it stays out of the measurement, as notify.sh keeps the reconciliation out
APP_ENV=(COINOP_USAGE_END_CHECK_EVERY=1h)
source bench/prod-app.sh
(( MACHINES % 4 == 0 && MACHINES % THREADS == 0 )) || { echo "MACHINES must be a multiple of 4 and of THREADS" >&2; exit 1; }
start_coinop

# each run's machine secrets: SHA-256 of this seed and the machine's id (bench/HeartbeatSigner.java)
SECRET_SEED=$(openssl rand -hex 16)
RUN_TAG=$(date +%H%M%S)
HEARTBEAT_USERS=$((MACHINES / 2))
echo "== seeding $MACHINES users, each on its own machine, and $MACHINES machines for heartbeats, $HEARTBEAT_USERS in use"
mysql_cmd "$DB" <<SQL
-- the application's business time zone (coinop.zone, Asia/Shanghai): NOW() is its clock
SET time_zone = '+08:00';
CREATE TEMPORARY TABLE digits (d INT);
INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
CREATE TEMPORARY TABLE numbers (n INT PRIMARY KEY);
INSERT INTO numbers
SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 100000 * f.d
  FROM digits a, digits b, digits c, digits d, digits e, digits f
 WHERE a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 100000 * f.d < 2 * $MACHINES;
-- users 1..MACHINES make the pairs, the next HEARTBEAT_USERS use heartbeat machines; each paid one recharge
INSERT INTO users (id, openid, nick_name, mobile, total_account, used_account, balance_account, state,
                   paid_recharge_count, ctime, utime)
SELECT n, CONCAT('o-usage-', n), 'bench', CONCAT('136', LPAD(n, 8, '0')), $BALANCE, 0, $BALANCE, 1, 1, NOW(), NOW()
  FROM numbers WHERE n <= $MACHINES + $HEARTBEAT_USERS;
INSERT INTO recharge_orders (user_id, out_trade_no, amount, status, transaction_id, pay_time, expire_time, ctime, utime)
SELECT n, CONCAT('RUSAGE', n), $BALANCE, 'PAID', CONCAT('4200USAGE', n), NOW(), NOW() + INTERVAL 2 HOUR,
       NOW() - INTERVAL 1 MINUTE, NOW()
  FROM numbers WHERE n <= $MACHINES + $HEARTBEAT_USERS;
INSERT INTO ledger_entries (user_id, kind, reference, amount, balance_after, ctime)
SELECT n, 'RECHARGE', CONCAT('RUSAGE', n), $BALANCE, $BALANCE, NOW()
  FROM numbers WHERE n <= $MACHINES + $HEARTBEAT_USERS;
-- machines 1..MACHINES for the pairs, the next MACHINES for the heartbeats
INSERT INTO devices (id, province, city, area, location, price_per_minute, enabled, secret, ctime, utime)
SELECT n, '广东省', '深圳市', '南山区', CONCAT('科技园 ', n, ' 号机'), $PRICE, 1,
       SHA2(CONCAT('coinop-bench-machine-', '$SECRET_SEED', '-', n), 256), NOW(), NOW()
  FROM numbers;
-- every pair user's session in progress on its machine (its first pair stops it); the heartbeat users on
-- heartbeat machines 1, 2, 5, 6, 9, 10 … after MACHINES: half of them in use, and each wrk thread (taking
-- alternate machines) sends to as many in use as not
CREATE TEMPORARY TABLE placed (user_id INT PRIMARY KEY, device_id INT);
INSERT INTO placed
SELECT n, IF(n <= $MACHINES, n,
             $MACHINES + 4 * FLOOR((n - $MACHINES - 1) / 2) + MOD(n - $MACHINES - 1, 2) + 1)
  FROM numbers WHERE n <= $MACHINES + $HEARTBEAT_USERS;
INSERT INTO usage_sessions (user_id, device_id, province, city, area, location, price_per_minute, state,
                            start_time, utime)
SELECT user_id, device_id, '广东省', '深圳市', '南山区', CONCAT('科技园 ', device_id, ' 号机'), $PRICE, 'STARTED',
       NOW(), NOW()
  FROM placed;
ANALYZE TABLE users, recharge_orders, ledger_entries, devices, usage_sessions;
SQL

echo "== sessions of the $MACHINES pair users in Redis (cookie __Host-COINOP_SESSION=usage<17-digit user id>)"
NOW_MS=$(date +%s%3N)
awk -v now="$NOW_MS" -v users="$MACHINES" 'BEGIN {
    for (n = 1; n <= users; n++) {
        printf "SET coinop:session:usage%017d \"2|%s|%d|||o-usage-%d\" EX 3600\n", n, now, n, n
    }
}' | redis-cli -p "$REDIS_PORT" > /dev/null
CHECK=$(curl -s -H "Cookie: __Host-COINOP_SESSION=usage$(printf %017d 1)" "http://127.0.0.1:$PORT/wechat/device/current")
echo "$CHECK" | head -c 300; echo
echo "$CHECK" | grep -q '"session_id"' || { echo "the bench session of user 1 shows no session in progress" >&2; exit 1; }

QR_PREFIX=${QR_TEMPLATE%"{machine}"}
heartbeats() { # run name, count: signed just before the run (their timestamps hold for 5 minutes)
    java -cp application/target/classes:domain/target/classes bench/HeartbeatSigner.java "$SECRET_SEED" \
        $((MACHINES + 1)) "$MACHINES" "$2" "hb-$RUN_TAG-$1" "$OUT/heartbeats-$1.txt"
}
STOPS_SEEN=0
CUT_SHORT=0
PAIR_CONNECTIONS=0
run_wrk() { # name, connections, duration, lua script or "", url
    local name=$1 connections=$2 duration=$3 script=$4 url=$5
    MACHINES=$MACHINES QR_PREFIX=$QR_PREFIX HEARTBEATS="$OUT/heartbeats-${name#heartbeat-}.txt" WRK_THREADS=$THREADS \
        wrk -t"$THREADS" -c"$connections" -d"$duration" --latency ${script:+-s "$script"} "$url" > "$OUT/wrk-$name.txt"
    if grep -qE '^(not 200|repeated): [1-9]' "$OUT/wrk-$name.txt"; then
        grep -E '^(not 200|repeated):' "$OUT/wrk-$name.txt" >&2
        echo "the $name run had answers other than 200 or used up its heartbeats (raise its batch), see $OUT/wrk-$name.txt" >&2
        exit 1
    fi
    if [ "$script" = bench/usage-pairs.lua ]; then
        STOPS_SEEN=$((STOPS_SEEN + $(awk '/^stops 200:/ {print $3}' "$OUT/wrk-$name.txt")))
        PAIR_CONNECTIONS=$((PAIR_CONNECTIONS + connections))
        restart_cut_short
    fi
}
# wrk ends a run with pairs in flight: a user whose stop was handled and whose start was not has no session
# now; the page starts it again, so every pair user has one when the next run begins
restart_cut_short() {
    local user count=0 before="" after
    # the app may still be handling the pairs wrk wrote last: wait until the sessions stop changing
    after=$(mysql_cmd -N "$DB" -e "SELECT MAX(id), SUM(state = 'ENDED') FROM usage_sessions")
    while [ "$before" != "$after" ]; do
        sleep 1
        before=$after
        after=$(mysql_cmd -N "$DB" -e "SELECT MAX(id), SUM(state = 'ENDED') FROM usage_sessions")
    done
    for user in $(mysql_cmd -N "$DB" -e "SELECT u.id FROM users u LEFT JOIN usage_sessions s ON s.active_user_id = u.id
                                         WHERE u.id <= $MACHINES AND s.id IS NULL"); do
        curl -sf -H "Cookie: __Host-COINOP_SESSION=usage$(printf %017d "$user")" -H 'Content-Type: application/json' \
            -d "{\"qr\":\"$QR_PREFIX$user\"}" "http://127.0.0.1:$PORT/wechat/device/start" > /dev/null \
            || { echo "user $user could not start again" >&2; exit 1; }
        count=$((count + 1))
    done
    CUT_SHORT=$((CUT_SHORT + count))
}
summary() { # name -> "rps p50 p99 not-200" (pairs: pairs/s and the pairs' own percentiles)
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /^not 200:/ {bad=$3}
         /^pairs\/s:/ {pairs=$2} /^pair p50:/ {pp50=$3} /^pair p99:/ {pp99=$3}
         END {if (pairs != "") {rps=pairs; p50=pp50; p99=pp99}; print rps, p50, p99, (bad==""?0:bad)}' "$OUT/wrk-$1.txt"
}
PAIRS_URL="http://127.0.0.1:$PORT/wechat/device/stop"
HEARTBEAT_URL="http://127.0.0.1:$PORT/device/v1/heartbeat"

echo "== warm-up, then until the JIT compiler is idle"
run_wrk health-warmup "$CONNECTIONS" "$WARMUP" "" "http://127.0.0.1:$PORT/health"
run_wrk pairs-warmup "$CONNECTIONS" "$WARMUP" bench/usage-pairs.lua "$PAIRS_URL"
heartbeats warmup "$WARMUP_BATCH"
run_wrk heartbeat-warmup "$CONNECTIONS" "$WARMUP" bench/heartbeat.lua "$HEARTBEAT_URL"
wait_for_idle_jvm

echo "== throughput: $DURATION each, $CONNECTIONS connections"
run_wrk health "$CONNECTIONS" "$DURATION" "" "http://127.0.0.1:$PORT/health"
profile_start pairs-throughput
run_wrk pairs-throughput "$CONNECTIONS" "$DURATION" bench/usage-pairs.lua "$PAIRS_URL"
profile_stop pairs-throughput
heartbeats throughput "$THROUGHPUT_BATCH"
profile_start heartbeat-throughput
run_wrk heartbeat-throughput "$CONNECTIONS" "$DURATION" bench/heartbeat.lua "$HEARTBEAT_URL"
profile_stop heartbeat-throughput
echo "== latency: $DURATION each, $LATENCY_CONNECTIONS connections"
run_wrk pairs-latency "$LATENCY_CONNECTIONS" "$DURATION" bench/usage-pairs.lua "$PAIRS_URL"
heartbeats latency "$LATENCY_BATCH"
run_wrk heartbeat-latency "$LATENCY_CONNECTIONS" "$DURATION" bench/heartbeat.lua "$HEARTBEAT_URL"

echo "== the books"
books() { # one number from the database
    mysql_cmd -N "$DB" -e "$1"
}
ENDED=$(books "SELECT COUNT(*) FROM usage_sessions WHERE state = 'ENDED'")
checks=(
    "users whose balance is not total - used, or negative|SELECT COUNT(*) FROM users
        WHERE balance_account <> total_account - used_account OR balance_account < 0"
    "users whose ledger does not add up to the balance|SELECT COUNT(*) FROM users u
        LEFT JOIN (SELECT user_id, SUM(amount) AS total FROM ledger_entries GROUP BY user_id) l ON l.user_id = u.id
        WHERE COALESCE(l.total, 0) <> u.balance_account"
    "users whose used total is not the cost of their ended sessions|SELECT COUNT(*) FROM users u
        LEFT JOIN (SELECT user_id, SUM(cost) AS cost, COUNT(*) AS ended FROM usage_sessions WHERE state = 'ENDED'
                   GROUP BY user_id) s ON s.user_id = u.id
        WHERE COALESCE(s.cost, 0) <> u.used_account OR COALESCE(s.ended, 0) <> u.ended_session_count"
    "ended sessions without their one debit|SELECT COUNT(*) FROM usage_sessions s
        LEFT JOIN ledger_entries l ON l.kind = 'USAGE' AND l.reference = CAST(s.id AS CHAR)
        WHERE s.state = 'ENDED' AND (l.id IS NULL OR l.amount <> -s.cost)"
    "ended sessions not ended by their user, free or with an unpaid part|SELECT COUNT(*) FROM usage_sessions
        WHERE state = 'ENDED' AND (end_reason <> 'USER' OR cost = 0 OR unpaid <> 0)"
    "pair users without exactly one session in progress|SELECT COUNT(*) FROM users u
        WHERE u.id <= $MACHINES AND (SELECT COUNT(*) FROM usage_sessions s WHERE s.user_id = u.id AND s.state = 'STARTED') <> 1"
    "heartbeat users' sessions not in progress|SELECT COUNT(*) FROM usage_sessions
        WHERE user_id > $MACHINES AND state <> 'STARTED'"
)
for check in "${checks[@]}"; do
    found=$(books "${check#*|}")
    [ "$found" = 0 ] || { echo "the books do not add up: $found ${check%%|*}" >&2; exit 1; }
done
read -r COSTS USED <<< "$(books "SELECT (SELECT COALESCE(SUM(cost), 0) FROM usage_sessions WHERE state = 'ENDED'),
                                         (SELECT SUM(used_account) FROM users)")"
[ "$COSTS" = "$USED" ] || { echo "the books do not add up: ended sessions cost $COSTS, used $USED" >&2; exit 1; }
# every 200 stop ended one session; a stop handled while wrk was ending a run was never counted by it
if [ "$ENDED" -lt "$STOPS_SEEN" ] || [ $((ENDED - STOPS_SEEN)) -gt "$PAIR_CONNECTIONS" ]; then
    echo "the books do not add up: $ENDED sessions ended, $STOPS_SEEN stops answered 200" >&2
    exit 1
fi
STARTED=$(books "SELECT COUNT(*) FROM usage_sessions WHERE state = 'STARTED'")

echo "== removing this run's heartbeat answers from Redis (kept an hour otherwise)"
redis-cli -p "$REDIS_PORT" --scan --pattern "coinop:device:*:message:hb-$RUN_TAG-*" \
    | xargs -r -n 1000 redis-cli -p "$REDIS_PORT" UNLINK > /dev/null

read -r CEILING _ <<< "$(summary health)"
ratio() { awk -v a="$1" -v b="$CEILING" 'BEGIN {printf "%.1f %%", 100 * a / b}'; }
with_session() { awk '/^with a session:/ {s=$4} /^[ 0-9]+ requests in/ {n=$1} END {printf "%.0f %%", 100 * s / n}' "$OUT/wrk-$1.txt"; }
RESULT="$OUT/usage-results-$(date +%Y-%m-%d).md"
{
    echo "coinop machines benchmark, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk -t$THREADS -d$DURATION on the same machine as the app, database $(mysql_cmd -N -e 'SELECT VERSION()') and Redis; load averages before the run $LOAD_BEFORE, after it $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| run | endpoint | connections | per second | p50 | p99 | not 200 | ratio to ceiling |"
    echo "|---|---|---|---|---|---|---|---|"
    read -r rps p50 p99 bad <<< "$(summary health)"
    echo "| throughput | health (requests) | $CONNECTIONS | $rps | $p50 | $p99 | | 100 % |"
    read -r rps p50 p99 bad <<< "$(summary pairs-throughput)"
    echo "| throughput | stop + start (pairs) | $CONNECTIONS | $rps | $p50 | $p99 | $bad | $(ratio "$rps") |"
    read -r rps p50 p99 bad <<< "$(summary heartbeat-throughput)"
    echo "| throughput | heartbeat ($(with_session heartbeat-throughput) with a session) | $CONNECTIONS | $rps | $p50 | $p99 | $bad | $(ratio "$rps") |"
    read -r rps p50 p99 bad <<< "$(summary pairs-latency)"
    echo "| latency | stop + start (pairs) | $LATENCY_CONNECTIONS | $rps | $p50 | $p99 | $bad | |"
    read -r rps p50 p99 bad <<< "$(summary heartbeat-latency)"
    echo "| latency | heartbeat | $LATENCY_CONNECTIONS | $rps | $p50 | $p99 | $bad | |"
    echo
    echo "A pair is two requests; its p50/p99 run from writing the pair to reading the start's answer. Books afterwards:"
    echo "$ENDED sessions ended by their users ($STOPS_SEEN stops answered 200 to wrk; $CUT_SHORT users started again after"
    echo "a run ended between their stop and start), each with its one debit; ended sessions cost $COSTS fen = used $USED fen;"
    echo "every balance = total - used = its ledger; $STARTED sessions in progress: one for each of the $MACHINES pair users"
    echo "and the $HEARTBEAT_USERS on heartbeat machines."
} | tee "$RESULT"
echo "written to $RESULT"
