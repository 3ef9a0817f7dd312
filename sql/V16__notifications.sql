-- Notifications: every e-mail is written to the outbox in the transaction of the action that causes
-- it, and a sender delivers it; each attempt is kept. In-app notices, e-mail preferences, and
-- single-use password reset tokens (stored hashed).

-- state: PENDING (to send; with no SMTP configured it stays here, shown to administrators),
-- SENT, FAILED (undeliverable after the last attempt, shown to coordinators).
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(40)   NOT NULL,
    recipient_id    BIGINT        NOT NULL,
    to_address      VARCHAR(254)  NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    state           VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT fk_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES account (id),
    INDEX ix_outbox_due (state, next_attempt_at),
    INDEX ix_outbox_recipient (recipient_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id   BIGINT        NOT NULL,
    attempted_at DATETIME(6)   NOT NULL,
    succeeded    BOOLEAN       NOT NULL,
    error        VARCHAR(1000) NULL,
    CONSTRAINT fk_attempt_message FOREIGN KEY (message_id) REFERENCES outbox_message (id),
    INDEX ix_attempt_message (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a person sees under the bell; read_at NULL while unread.
CREATE TABLE notice (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT        NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    text       VARCHAR(500)  NOT NULL,
    link       VARCHAR(500)  NULL,
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6)   NULL,
    CONSTRAINT fk_notice_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_notice_account (account_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The kinds of e-mail a person switched off (decisions, receipts and security mail cannot be).
CREATE TABLE email_opt_out (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT fk_opt_out_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
