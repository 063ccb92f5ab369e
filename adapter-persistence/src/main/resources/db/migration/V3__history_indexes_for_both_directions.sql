-- A history page is read from its nearer end (HistoryWindow.fromNearerEnd): newest first over the
-- descending index of V1, or oldest first. MySQL 8 cannot scan a range over a descending key part
-- backwards (EXPLAIN: "Using filesort" for the oldest-first page, seen on 8.0.46), so each list gets
-- the same key ascending and each direction walks its own index forward, on MySQL and on MariaDB.
-- The page queries name the index of their direction (FORCE INDEX): MySQL's optimizer, given both,
-- picked the descending one for the oldest-first order and sorted.
-- The cost is one more index entry per recharge and per usage session, written when the row is created
-- and moved when it is paid or ended.

ALTER TABLE recharge_orders
    RENAME INDEX idx_recharge_user_status_pay_time TO idx_recharge_user_status_pay_time_desc,
    ADD KEY idx_recharge_user_status_pay_time_asc (user_id, status, pay_time, id);

ALTER TABLE usage_sessions
    RENAME INDEX idx_usage_user_state_end_time TO idx_usage_user_state_end_time_desc,
    ADD KEY idx_usage_user_state_end_time_asc (user_id, state, end_time, id);
