-- The face-to-face programme of stage 2: sessions in the order the coordinator sets, each with its time (kept
-- in UTC, typed in the cohort's zone), place, kind, title, description and host; and who attended each.
CREATE TABLE stage2_session (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    starts_at   DATETIME(6)   NOT NULL,
    minutes     INT           NOT NULL,
    place       VARCHAR(300)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(5000) NULL,
    host        VARCHAR(200)  NULL,
    version     INT           NOT NULL,
    CONSTRAINT fk_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    INDEX ix_session_cohort (cohort_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stage2_attendance (
    session_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    marked_at  DATETIME(6) NOT NULL,
    marked_by  BIGINT      NOT NULL,
    PRIMARY KEY (session_id, account_id),
    CONSTRAINT fk_s2att_session FOREIGN KEY (session_id) REFERENCES stage2_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_s2att_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_s2att_by FOREIGN KEY (marked_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
