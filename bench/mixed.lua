-- The page's real mix, as 10,000 different signed-in users open it: each user in turn asks
-- GET /wechat/check, GET /wechat/user, the first page of the recharge list and the first page of the
-- expense list (20 rows), then the next session of bench/out/sessions.txt (written by run.sh) does the same.
local sessions = {}
for line in io.lines("bench/out/sessions.txt") do
    sessions[#sessions + 1] = line
end
local step = 0

function setup(thread)
    thread:set("offset", math.random(#sessions))
end

local page = '{"page":1,"size":20}'

function request()
    local id = sessions[(math.floor(step / 4) + (offset or 0)) % #sessions + 1]
    local kind = step % 4
    step = step + 1
    local cookie = "__Host-COINOP_SESSION=" .. id
    if kind == 0 then
        return wrk.format("GET", "/wechat/check", {["Cookie"] = cookie})
    elseif kind == 1 then
        return wrk.format("GET", "/wechat/user", {["Cookie"] = cookie})
    end
    local headers = {["Cookie"] = cookie, ["Content-Type"] = "application/json"}
    if kind == 2 then
        return wrk.format("POST", "/wechat/recharge/list", headers, page)
    end
    return wrk.format("POST", "/wechat/expense/list", headers, page)
end
