-- The totals of the history lists without a time filter (what the H5 page asks for most) come from
-- these counts instead of a COUNT(*) over the user's rows (10,000 index entries for a heavy user,
-- about 1 ms in MariaDB on every page). They change in the same statement as the row they count:
-- markPaid and markEnded update the order or session and the user together.

ALTER TABLE users
    ADD COLUMN paid_recharge_count BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN ended_session_count BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_users_history_counts CHECK (paid_recharge_count >= 0 AND ended_session_count >= 0);

UPDATE users u
   SET u.paid_recharge_count = (SELECT COUNT(*) FROM recharge_orders r WHERE r.user_id = u.id AND r.status = 'PAID'),
       u.ended_session_count = (SELECT COUNT(*) FROM usage_sessions s WHERE s.user_id = u.id AND s.state = 'ENDED');
