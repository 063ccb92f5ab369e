-- The machines' own signed API: each machine has a secret it signs its requests with (HMAC-SHA256, so the
-- server needs the secret itself, not a hash of it; NULL until an operator issues one, and such a machine
-- cannot call the API), and the time of its last heartbeat, by which a silent machine's session is ended.

ALTER TABLE devices
    ADD COLUMN secret              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER enabled,
    ADD COLUMN last_heartbeat_time DATETIME NULL AFTER secret;

ALTER TABLE devices
    ADD CONSTRAINT ck_devices_secret CHECK (secret IS NULL OR CHAR_LENGTH(secret) BETWEEN 32 AND 64);
