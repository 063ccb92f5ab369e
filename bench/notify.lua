-- POST /wechat/pay/notify with the pre-made notifications of bench/out/notifications-<name>.txt in turn
-- (each names another order, so each is a first credit), split among wrk's threads; NOTIFICATIONS names
-- the file. Counts answers other than 204, and requests past the end of the file (repeats: the run's
-- figures would flatter), which bench/notify.sh refuses.
local file = os.getenv("NOTIFICATIONS")
local lines = {}
for line in io.lines(file) do
    lines[#lines + 1] = line
end
local counter = 0
local threads = {}

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    next_line = id + 1
    step = tonumber(os.getenv("WRK_THREADS") or "2")
    bad = 0
    reused = 0
end

function request()
    local line = lines[next_line]
    if line == nil then
        -- the batch is used up: what follows would be repeats, cheaper than first credits
        reused = reused + 1
        line = lines[#lines]
    end
    next_line = next_line + step
    local serial, timestamp, nonce, signature, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    return wrk.format("POST", "/wechat/pay/notify", {
        ["Content-Type"] = "application/json",
        ["Wechatpay-Serial"] = serial,
        ["Wechatpay-Timestamp"] = timestamp,
        ["Wechatpay-Nonce"] = nonce,
        ["Wechatpay-Signature"] = signature,
    }, body)
end

function response(status, headers, body)
    if status ~= 204 then
        bad = bad + 1
    end
end

function done(summary, latency, requests)
    local total, repeats = 0, 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("bad")
        repeats = repeats + thread:get("reused")
    end
    io.write(string.format("not 204: %d\nrepeated: %d\n", total, repeats))
end
