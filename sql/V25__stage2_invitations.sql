-- Stage 2 invitations. The coordinator opens a cohort's round: its seats (10 by default) and how many days
-- an invited person has to answer. The top of the stage-2 ranking is invited; a decline, no answer by the
-- reply-by time or a withdrawal invites the next. Every change of a cohort's invitations locks its round row,
-- so that no seat is ever given twice or left empty. One invitation per person and cohort.
CREATE TABLE stage2_round (
    cohort_id  BIGINT      NOT NULL PRIMARY KEY,
    seats      INT         NOT NULL,
    reply_days INT         NOT NULL,
    opened_at  DATETIME(6) NOT NULL,
    opened_by  BIGINT      NOT NULL,
    CONSTRAINT fk_round_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_round_opened_by FOREIGN KEY (opened_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stage2_invitation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    state       VARCHAR(12)  NOT NULL,
    invited_at  DATETIME(6)  NOT NULL,
    invited_by  BIGINT       NULL,          -- null: invited by the waiting list moving up
    reply_by    DATETIME(6)  NOT NULL,
    answered_at DATETIME(6)  NULL,
    reason      VARCHAR(500) NULL,
    version     INT          NOT NULL,
    CONSTRAINT uq_invitation UNIQUE (cohort_id, account_id),
    CONSTRAINT fk_invitation_round FOREIGN KEY (cohort_id) REFERENCES stage2_round (cohort_id),
    CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_invitation_by FOREIGN KEY (invited_by) REFERENCES account (id),
    INDEX ix_invitation_due (state, reply_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
