-- Bench data, on the empty schema Flyway made: 10,000 users (id 1 is the heavy user 'o-bench-heavy'),
-- 100 machines, 1,000,000 ended sessions (10,000 of them the heavy user's, the rest spread evenly),
-- 200,000 paid recharges of 100 yuan (10,000 of them the heavy user's, 19 each for the others). Accounts and history counts are set from the
-- rows, so balance = total - used holds and the counts match. Ledger rows are not seeded: no read endpoint touches them.
-- Plain SQL that runs on MySQL 8 and MariaDB (a regular numbers table, since a temporary table
-- cannot be opened twice in one query).

CREATE TABLE bench_digits (d INT NOT NULL PRIMARY KEY);
INSERT INTO bench_digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
CREATE TABLE bench_numbers (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_numbers
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d
FROM bench_digits a, bench_digits b, bench_digits c, bench_digits e, bench_digits f, bench_digits g;

INSERT INTO users (id, openid, nick_name, head_img_url, mobile, total_account, used_account, balance_account, state, ctime, utime)
SELECT n + 1,
       CASE WHEN n = 0 THEN 'o-bench-heavy' ELSE CONCAT('o-bench-', n) END,
       CONCAT('压测用户', n),
       'https://thirdwx.qlogo.cn/mmopen/bench/132',
       CONCAT('139', LPAD(n, 8, '0')),
       0, 0, 0, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'
FROM bench_numbers WHERE n < 10000;

INSERT INTO devices (id, province, city, area, location, price_per_minute, enabled, ctime, utime)
SELECT n + 1, '广东省', '深圳市', '南山区', CONCAT('科技园 ', n + 1, ' 号机'), 10, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'
FROM bench_numbers WHERE n < 100;

INSERT INTO usage_sessions (user_id, device_id, province, city, area, location, price_per_minute, state,
                            start_time, end_time, cost_seconds, cost, end_reason, utime)
SELECT CASE WHEN n < 10000 THEN 1 ELSE 2 + MOD(n, 9999) END,
       1 + MOD(n, 100), '广东省', '深圳市', '南山区', CONCAT('科技园 ', 1 + MOD(n, 100), ' 号机'), 10, 'ENDED',
       TIMESTAMPADD(MINUTE, n, '2025-01-01 00:00:00'),
       TIMESTAMPADD(SECOND, 60, TIMESTAMPADD(MINUTE, n, '2025-01-01 00:00:00')),
       60, 10, 'USER',
       TIMESTAMPADD(SECOND, 60, TIMESTAMPADD(MINUTE, n, '2025-01-01 00:00:00'))
FROM bench_numbers;

INSERT INTO recharge_orders (user_id, out_trade_no, amount, status, transaction_id, pay_time, expire_time, ctime, utime)
SELECT CASE WHEN n < 10000 THEN 1 ELSE 2 + MOD(n, 9999) END, CONCAT('BENCH', n), 10000, 'PAID', CONCAT('4200BENCH', n),
       TIMESTAMPADD(MINUTE, n, '2024-06-01 00:00:00'),
       TIMESTAMPADD(MINUTE, n + 120, '2024-06-01 00:00:00'),
       TIMESTAMPADD(MINUTE, n, '2024-06-01 00:00:00'),
       TIMESTAMPADD(MINUTE, n, '2024-06-01 00:00:00')
FROM bench_numbers WHERE n < 200000;

UPDATE users u JOIN (SELECT user_id, SUM(amount) AS total, COUNT(*) AS paid FROM recharge_orders GROUP BY user_id) r
    ON r.user_id = u.id
SET u.total_account = r.total, u.balance_account = r.total - u.used_account, u.paid_recharge_count = r.paid;
UPDATE users u JOIN (SELECT user_id, SUM(cost) AS used, COUNT(*) AS ended FROM usage_sessions GROUP BY user_id) s
    ON s.user_id = u.id
SET u.used_account = s.used, u.balance_account = u.total_account - s.used, u.ended_session_count = s.ended;

DROP TABLE bench_numbers;
DROP TABLE bench_digits;
ANALYZE TABLE users, usage_sessions, recharge_orders;
