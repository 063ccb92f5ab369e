-- Recharge with WeChat Pay: each order has an expiry (WeChat Pay's time_expire, after which it cannot
-- be paid) and the time WeChat Pay is next asked about it (the reconciliation job; the wait doubles
-- with check_count): while it waits for payment, and after it was closed here without WeChat Pay
-- confirming the close (it was down). A paid order, or one closed at WeChat Pay too, has no next check.

ALTER TABLE recharge_orders
    ADD COLUMN expire_time     DATETIME NULL AFTER pay_time,
    ADD COLUMN next_check_time DATETIME NULL AFTER expire_time,
    ADD COLUMN check_count     INT      NOT NULL DEFAULT 0 AFTER next_check_time;

-- orders made before this migration had WeChat Pay's default of two hours; open ones are checked at once
UPDATE recharge_orders SET expire_time = DATE_ADD(ctime, INTERVAL 2 HOUR);
UPDATE recharge_orders SET next_check_time = ctime WHERE status = 'CREATED';

ALTER TABLE recharge_orders
    MODIFY COLUMN expire_time DATETIME NOT NULL,
    ADD CONSTRAINT ck_recharge_expiry CHECK (expire_time > ctime),
    ADD CONSTRAINT ck_recharge_checks CHECK (check_count >= 0
        AND (status <> 'CREATED' OR next_check_time IS NOT NULL)
        AND (status <> 'PAID' OR next_check_time IS NULL)),
    -- the job's query: the orders whose check is due, the longest due first (NULL, for most orders, is left out)
    ADD KEY idx_recharge_next_check (next_check_time);
