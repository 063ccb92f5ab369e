-- GET /wechat/user as 10,000 different signed-in users: each request takes the next session of
-- bench/out/sessions.txt (one session id per line, written by run.sh), so most requests are not
-- for a session or user an instance has just read.
local sessions = {}
for line in io.lines("bench/out/sessions.txt") do
    sessions[#sessions + 1] = line
end
local next_session = 0

function setup(thread)
    thread:set("offset", math.random(#sessions))
end

function request()
    next_session = next_session + 1
    local id = sessions[(next_session + (offset or 0)) % #sessions + 1]
    return wrk.format("GET", "/wechat/user", {["Cookie"] = "__Host-COINOP_SESSION=" .. id})
end
