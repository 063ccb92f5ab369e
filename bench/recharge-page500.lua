-- POST /wechat/recharge/list, page 500 of 20: the last page of the heavy user's 10,000 recharges (read from the
-- oldest end)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"page":500,"size":20}'
