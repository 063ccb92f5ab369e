-- coinop schema. Runs unchanged on MySQL 8.0.16+ and MariaDB 10.11+ (both enforce CHECK).
-- Money columns are BIGINT fen. Identifiers compared byte for byte (openid, out_trade_no,
-- transaction_id, ledger reference) use utf8mb4_bin: a case-insensitive collation would let
-- two different WeChat openids collide on the unique key. Status words are ascii_bin: they sit in
-- the history indexes, where a short key with a plain byte comparison scans fastest.
--
-- No foreign keys, on purpose: InnoDB checks a child row's foreign key whenever an UPDATE changes a
-- column of the index backing it, taking a shared lock on the parent users row. markPaid changes
-- status/pay_time (in the recharge index led by user_id), then the credit needs an exclusive lock on
-- that users row: two payments of one user upgrading S to X deadlock. Instead the use cases load the
-- user and the machine before they create rows for them, and every balance move checks its
-- affected rows, so money never moves for a user who does not exist.

CREATE TABLE users (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    openid          VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    nick_name       VARCHAR(100) NULL,
    head_img_url    VARCHAR(512) NULL,
    mobile          CHAR(11)     NULL,
    total_account   BIGINT       NOT NULL DEFAULT 0,
    used_account    BIGINT       NOT NULL DEFAULT 0,
    balance_account BIGINT       NOT NULL DEFAULT 0,
    state           TINYINT      NOT NULL,
    ctime           DATETIME     NOT NULL,
    utime           DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_users_openid (openid),
    UNIQUE KEY uk_users_mobile (mobile),
    CONSTRAINT ck_users_balance_derived CHECK (balance_account = total_account - used_account),
    CONSTRAINT ck_users_balance_not_negative CHECK (balance_account >= 0),
    CONSTRAINT ck_users_used_not_negative CHECK (used_account >= 0),
    CONSTRAINT ck_users_state CHECK (state IN (0, 1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE devices (
    id               BIGINT       NOT NULL,
    province         VARCHAR(64)  NOT NULL,
    city             VARCHAR(64)  NOT NULL,
    area             VARCHAR(64)  NOT NULL,
    location         VARCHAR(255) NOT NULL,
    price_per_minute BIGINT       NOT NULL,
    enabled          TINYINT(1)   NOT NULL,
    ctime            DATETIME     NOT NULL,
    utime            DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_devices_id CHECK (id > 0),
    CONSTRAINT ck_devices_price CHECK (price_per_minute > 0),
    CONSTRAINT ck_devices_enabled CHECK (enabled IN (0, 1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recharge_orders (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    user_id        BIGINT      NOT NULL,
    out_trade_no   VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    amount         BIGINT      NOT NULL,
    status         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    transaction_id VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    pay_time       DATETIME    NULL,
    ctime          DATETIME    NOT NULL,
    utime          DATETIME    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_recharge_out_trade_no (out_trade_no),
    UNIQUE KEY uk_recharge_transaction_id (transaction_id),
    -- the paid-recharge list: filter, order and page inside this index, then fetch only the page's rows;
    -- descending, as the list is read newest first (a backward scan is several times slower on MariaDB)
    KEY idx_recharge_user_status_pay_time (user_id, status, pay_time DESC, id DESC),
    CONSTRAINT ck_recharge_amount CHECK (amount > 0),
    CONSTRAINT ck_recharge_status CHECK (status IN ('CREATED', 'PAID', 'CLOSED')),
    CONSTRAINT ck_recharge_paid_fields CHECK ((status = 'PAID') = (transaction_id IS NOT NULL AND pay_time IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE usage_sessions (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    user_id          BIGINT       NOT NULL,
    device_id        BIGINT       NOT NULL,
    province         VARCHAR(64)  NOT NULL,
    city             VARCHAR(64)  NOT NULL,
    area             VARCHAR(64)  NOT NULL,
    location         VARCHAR(255) NOT NULL,
    price_per_minute BIGINT       NOT NULL,
    state            VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    start_time       DATETIME     NOT NULL,
    end_time         DATETIME     NULL,
    cost_seconds     BIGINT       NOT NULL DEFAULT 0,
    cost             BIGINT       NOT NULL DEFAULT 0,
    utime            DATETIME     NOT NULL,
    -- NULL once the session ends; a unique key ignores NULLs, so it allows one STARTED row per user / device
    active_user_id   BIGINT GENERATED ALWAYS AS (CASE WHEN state = 'STARTED' THEN user_id END) STORED,
    active_device_id BIGINT GENERATED ALWAYS AS (CASE WHEN state = 'STARTED' THEN device_id END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_usage_active_user (active_user_id),
    UNIQUE KEY uk_usage_active_device (active_device_id),
    -- the expense list: filter, order and page inside this index, then fetch only the page's rows;
    -- descending, as the list is read newest first (a backward scan is several times slower on MariaDB)
    KEY idx_usage_user_state_end_time (user_id, state, end_time DESC, id DESC),
    CONSTRAINT ck_usage_state CHECK (state IN ('STARTED', 'ENDED')),
    CONSTRAINT ck_usage_end_time CHECK ((state = 'ENDED') = (end_time IS NOT NULL)),
    CONSTRAINT ck_usage_cost CHECK (cost_seconds >= 0 AND cost >= 0),
    CONSTRAINT ck_usage_price CHECK (price_per_minute > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_entries (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    user_id       BIGINT      NOT NULL,
    kind          VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reference     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- signed: a credit is positive, a debit negative, so SUM(amount) is the balance
    amount        BIGINT      NOT NULL,
    balance_after BIGINT      NOT NULL,
    ctime         DATETIME    NOT NULL,
    PRIMARY KEY (id),
    -- a retried credit or debit collides here instead of being booked twice
    UNIQUE KEY uk_ledger_kind_reference (kind, reference),
    KEY idx_ledger_user (user_id, id),
    CONSTRAINT ck_ledger_amount CHECK (amount <> 0),
    CONSTRAINT ck_ledger_balance_after CHECK (balance_after >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
