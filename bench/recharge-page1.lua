-- POST /wechat/recharge/list, first page of 20 (the heavy user's newest recharges)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"page":1,"size":20}'
