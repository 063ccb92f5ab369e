-- Stop + start pairs for bench/usage.sh: users 1..MACHINES, user n on machine n only, each user with a session
-- in progress when its turn comes. A pair is POST /wechat/device/stop (ends and charges the session the user's
-- previous pair started) then POST /wechat/device/start {"qr": QR_PREFIX .. n}, pipelined on one connection so
-- the server handles the stop before the start. The wrk threads take alternate users and each cycles through
-- its own, so no user (and no machine) is in two pairs at once, and a user comes back a whole cycle later.
--
-- Counts the answers that are not 200 and prints the first few. Each pair is timed from the moment wrk asks
-- for it (just before writing it) to the start's answer, with the monotonic clock through LuaJIT's FFI:
-- wrk's own latency histogram assumes one answer per request it sent and, with two, its correction for
-- coordinated omission adds samples at half the pair's time.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *time);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("bench_timespec")
local function now_us()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
    return tonumber(timespec.tv_sec) * 1000000 + tonumber(timespec.tv_nsec) / 1000
end

local machines = tonumber(os.getenv("MACHINES"))
local qr_prefix = os.getenv("QR_PREFIX")
local counter = 0
local threads = {}

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    step = tonumber(os.getenv("WRK_THREADS") or "2")
    next_user = id + 1
    sent_at = {}
    latencies = {}
    stops = 0
    starts = 0
    bad = 0
end

function request()
    local user = next_user
    next_user = next_user + step
    if next_user > machines then
        next_user = id + 1
    end
    local cookie = string.format("__Host-COINOP_SESSION=usage%017d", user)
    sent_at[user] = now_us()
    return wrk.format("POST", "/wechat/device/stop", {["Cookie"] = cookie}, "")
        .. wrk.format("POST", "/wechat/device/start", {["Cookie"] = cookie, ["Content-Type"] = "application/json"},
            '{"qr":"' .. qr_prefix .. user .. '"}')
end

function response(status, headers, body)
    if status == 200 and body:find('"minutes_paid"', 1, true) then
        starts = starts + 1
        local user = tonumber(body:match('"device_id":(%d+)'))
        if user and sent_at[user] then
            latencies[#latencies + 1] = now_us() - sent_at[user]
            sent_at[user] = nil
        end
    elseif status == 200 and body:find('"billed_minutes"', 1, true) then
        stops = stops + 1
    else
        bad = bad + 1
        if bad <= 3 then
            io.stderr:write(string.format("answer %d: %s\n", status, body))
        end
    end
end

function done(summary, latency, requests)
    local all, total_stops, total_starts, total_bad = {}, 0, 0, 0
    for _, thread in ipairs(threads) do
        total_stops = total_stops + thread:get("stops")
        total_starts = total_starts + thread:get("starts")
        total_bad = total_bad + thread:get("bad")
        for _, value in ipairs(thread:get("latencies")) do
            all[#all + 1] = value
        end
    end
    table.sort(all)
    local function percentile(p)
        if #all == 0 then
            return 0
        end
        return all[math.max(1, math.ceil(#all * p / 100))] / 1000
    end
    io.write(string.format("stops 200: %d\nstarts 200: %d\nnot 200: %d\n", total_stops, total_starts, total_bad))
    io.write(string.format("pairs/s: %.2f\n", total_stops / (summary.duration / 1000000)))
    io.write(string.format("pair p50: %.2fms\npair p99: %.2fms\npair max: %.2fms\n",
        percentile(50), percentile(99), percentile(100)))
end
