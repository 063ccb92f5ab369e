# shellcheck shell=bash
# Sourced by the bench scripts: the settings every run shares, the tools check, and starting the production
# jar (prod profile) against the database and Redis of 127.0.0.1 with the settings prod requires.
#
# Before sourcing set PORT, DB and APP_LOG; the caller may also set APP_ENV (an array of extra
# NAME=value settings). MVN_REPO names a Maven local repository of one's own for the build (passed as
# -Dmaven.repo.local, so the jar's modules are installed there and nowhere else); Maven itself reads
# MAVEN_ARGS (e.g. MAVEN_ARGS=-o to build offline). Afterwards: mysql_cmd, start_coinop, wait_for_idle_jvm, profile_start,
# profile_stop, APP_PID, KEYS, API_V3_KEY, PUBLIC_KEY_ID, APP_ID, MCH_ID.
#
# PROFILE=1 records the app with JDK Flight Recorder, dumps each throughput run (bench/out/<run>.jfr) and writes
# bench/out/<run>-profile.md: the CPU each process used during the run (app, database, Redis) and
# where the application's samples go (bench/JfrBreakdown.java). Figures of a profiled run carry JFR's
# overhead: take the table from a run without it.
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
REDIS_PORT=${BENCH_REDIS_PORT:-6379}
OUT=bench/out
KEYS=$OUT/keys
mkdir -p "$OUT" "$KEYS"

mysql_cmd() { mysql -h127.0.0.1 -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }

if ! command -v wrk >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk
fi
for tool in mysql redis-cli openssl curl; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool (Debian: mariadb-client, redis-tools, openssl, curl)" >&2; exit 1; }
done

# prod requires a merchant: keys of a merchant and of WeChat Pay made for this run
# (bench/notify.sh signs notifications with the WeChat Pay one)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/merchant.pem" 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/wechatpay.pem" 2>/dev/null
openssl pkey -in "$KEYS/wechatpay.pem" -pubout -out "$KEYS/wechatpay-public.pem"
API_V3_KEY=$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
PUBLIC_KEY_ID=PUB_KEY_ID_0100000000000000000000000000BENCH
APP_ID=wxbench0000000000
MCH_ID=1900000109

start_coinop() { # builds the jar, makes database $DB empty, starts the app on $PORT and waits for /health
    echo "== building the production jar"
    ./mvnw -B -q -ntp ${MVN_REPO:+"-Dmaven.repo.local=$MVN_REPO"} install -DskipTests
    echo "== database $DB"
    mysql_cmd -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    echo "== starting coinop (prod profile) on port $PORT"
    env COINOP_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$DB?useSSL=false&allowPublicKeyRetrieval=true" \
        COINOP_DB_USERNAME="$DB_USER" COINOP_DB_PASSWORD="$DB_PASSWORD" \
        COINOP_REDIS_ADDRESS="redis://127.0.0.1:$REDIS_PORT" COINOP_ALLOWED_ORIGINS="http://localhost" \
        COINOP_PUBLIC_BASE_URL="http://localhost:$PORT" COINOP_QR_TEMPLATE="http://localhost/?machine={machine}" \
        COINOP_WECHAT_APP_ID=$APP_ID COINOP_WECHAT_SECRET=bench-unused \
        COINOP_WECHAT_PAY_MCH_ID=$MCH_ID COINOP_WECHAT_PAY_MERCHANT_PRIVATE_KEY="$(cat "$KEYS/merchant.pem")" \
        COINOP_WECHAT_PAY_MERCHANT_SERIAL_NUMBER=5157F09EFDC096DE15EBE81A47057A7232F1B8E1 \
        COINOP_WECHAT_PAY_API_V3_KEY="$API_V3_KEY" \
        COINOP_WECHAT_PAY_PUBLIC_KEY="$(cat "$KEYS/wechatpay-public.pem")" COINOP_WECHAT_PAY_PUBLIC_KEY_ID=$PUBLIC_KEY_ID \
        COINOP_GEETEST_CAPTCHA_ID=bench-unused COINOP_GEETEST_PRIVATE_KEY=bench-unused \
        COINOP_SMS_ACCESS_KEY_ID=bench-unused COINOP_SMS_ACCESS_KEY_SECRET=bench-unused \
        COINOP_SMS_SIGN_NAME=bench-unused COINOP_SMS_TEMPLATE_CODE=bench-unused \
        COINOP_SMS_CODE_SECRET=bench-unused-secret-0123456789 \
        COINOP_PORT="$PORT" SPRING_PROFILES_ACTIVE=prod "${APP_ENV[@]}" \
        java -Xms512m -Xmx512m ${PROFILE_RECORDING:+"$PROFILE_RECORDING"} -jar bootstrap/target/coinop.jar > "$APP_LOG" 2>&1 &
    APP_PID=$!
    trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return
        kill -0 $APP_PID 2>/dev/null || { echo "coinop did not start, see $APP_LOG" >&2; exit 1; }
        sleep 1
    done
    echo "coinop did not answer /health in 120 s, see $APP_LOG" >&2
    exit 1
}

wait_for_idle_jvm() { # the JIT compiles for minutes on 2 cores: measure only once it is done
    local before after
    for _ in $(seq 1 60); do
        before=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat"); sleep 2
        after=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
        [ $((after - before)) -lt 20 ] && return
    done
}

process_ticks() { # utime + stime of the named processes (all of them, summed), from /proc
    local name=$1 total=0 pid
    for pid in $(pgrep -x "$name" || true); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
cpu_ticks() { # app database redis (wrk has exited when the run is over: its share is what is left)
    echo "$(awk '{print $14 + $15}' "/proc/$APP_PID/stat") $(( $(process_ticks mariadbd) + $(process_ticks mysqld) ))" \
        "$(process_ticks redis-server)"
}
# The recording runs from start-up: started in the middle, JFR instruments JDK classes (socket and file
# events), the JIT recompiles them, and the profiled run then cost three times its CPU. Each profiled
# run dumps its own window of it.
PROFILE_RECORDING=""
[ "${PROFILE:-0}" = 1 ] && PROFILE_RECORDING="-XX:StartFlightRecording=name=bench,settings=profile,maxage=1h"
PROFILE_TICKS=""
PROFILE_BEGIN=""
profile_start() { # run name
    [ "${PROFILE:-0}" = 1 ] || return 0
    PROFILE_BEGIN=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
    PROFILE_TICKS=$(cpu_ticks)
}
profile_stop() { # run name
    [ "${PROFILE:-0}" = 1 ] || return 0
    local after end
    after=$(cpu_ticks)
    end=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
    jcmd "$APP_PID" JFR.dump name=bench begin="$PROFILE_BEGIN" end="$end" filename="$PWD/$OUT/$1.jfr" >/dev/null
    {
        echo "# $1, $(date '+%Y-%m-%d %H:%M')"
        echo
        echo "CPU used during the run, in seconds of one core ($(nproc) cores):"
        echo
        echo "| app | database | Redis |"
        echo "|---|---|---|"
        awk -v before="$PROFILE_TICKS" -v after="$after" -v hz="$(getconf CLK_TCK)" 'BEGIN {
            split(before, b, " "); split(after, a, " ");
            printf "| %.1f | %.1f | %.1f |\n", (a[1]-b[1])/hz, (a[2]-b[2])/hz, (a[3]-b[3])/hz }'
        echo
        java bench/JfrBreakdown.java "$OUT/$1.jfr" "$PROFILE_BEGIN" "$end"
    } > "$OUT/$1-profile.md"
    echo "profile of $1 in $OUT/$1-profile.md"
}
