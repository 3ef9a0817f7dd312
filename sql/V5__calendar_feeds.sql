-- A person's personal calendar feed: the secret in its URL is kept only as a SHA-256 hash.
CREATE TABLE calendar_feed (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
