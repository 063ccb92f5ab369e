-- Machines: every ended session keeps why it ended (the user, the machine, the balance used up, a silent
-- machine, an operator, a disabled user) and what its balance could not pay (a machine offline past the
-- last paid minute), so an unpaid part is shown to operators, never silently dropped.
-- Sessions ended before this migration have no recorded reason: UNRECORDED.

ALTER TABLE usage_sessions
    ADD COLUMN unpaid     BIGINT      NOT NULL DEFAULT 0 AFTER cost,
    ADD COLUMN end_reason VARCHAR(24) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER unpaid;

UPDATE usage_sessions SET end_reason = 'UNRECORDED' WHERE state = 'ENDED';

ALTER TABLE usage_sessions
    ADD CONSTRAINT ck_usage_unpaid CHECK (unpaid >= 0 AND (state = 'ENDED' OR unpaid = 0)),
    ADD CONSTRAINT ck_usage_end_reason CHECK ((state = 'ENDED') = (end_reason IS NOT NULL)
        AND (end_reason IS NULL OR end_reason IN ('USER', 'MACHINE', 'BALANCE_USED_UP', 'MACHINE_SILENT',
                                                  'OPERATOR', 'USER_DISABLED', 'UNRECORDED'))),
    -- the operators' list of sessions with an unpaid part
    ADD KEY idx_usage_unpaid (unpaid);
