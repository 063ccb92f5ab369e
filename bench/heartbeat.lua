-- POST /device/v1/heartbeat with the signed heartbeats of the file HEARTBEATS (bench/HeartbeatSigner.java: device
-- id, timestamp, nonce, signature and body, tab-separated), each line once: the wrk threads take alternate lines,
-- read as they go. Counts answers other than 200, the answers naming a session in progress on the machine, and
-- requests past the end of the file: those repeat a nonce (401), which bench/usage.sh refuses.
local file = os.getenv("HEARTBEATS")
local counter = 0
local threads = {}

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

local function read_line()
    if lines == nil then
        return nil
    end
    local line = lines()
    if line == nil then
        lines = nil
    end
    return line
end

function init(args)
    step = tonumber(os.getenv("WRK_THREADS") or "2")
    lines = io.lines(file)
    for _ = 1, id do
        read_line()
    end
    bad = 0
    reused = 0
    with_session = 0
end

function request()
    local line = read_line()
    if line == nil then
        reused = reused + 1
        line = last_line
    else
        last_line = line
        for _ = 2, step do
            read_line()
        end
    end
    local device, timestamp, nonce, signature, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    return wrk.format("POST", "/device/v1/heartbeat", {
        ["Content-Type"] = "application/json",
        ["X-Device-Id"] = device,
        ["X-Timestamp"] = timestamp,
        ["X-Nonce"] = nonce,
        ["X-Signature"] = signature,
    }, body)
end

function response(status, headers, body)
    if status ~= 200 then
        bad = bad + 1
        if bad <= 3 then
            io.stderr:write(string.format("answer %d: %s\n", status, body))
        end
    elseif body:find('"session_id"', 1, true) then
        with_session = with_session + 1
    end
end

function done(summary, latency, requests)
    local total, repeats, sessions = 0, 0, 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("bad")
        repeats = repeats + thread:get("reused")
        sessions = sessions + thread:get("with_session")
    end
    io.write(string.format("not 200: %d\nrepeated: %d\nwith a session: %d\n", total, repeats, sessions))
end
