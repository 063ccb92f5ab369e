-- POST /wechat/recharge/list, page 250 of 20: the middle of the heavy user's 10,000 recharges, the
-- dearest page now that a page is read from the nearer end of the history
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"page":250,"size":20}'
