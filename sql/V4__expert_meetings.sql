-- Weekly meetings with an expert, and who attended them (a row per person present).
CREATE TABLE expert_meeting (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id        BIGINT       NOT NULL,
    starts_at        DATETIME(6)  NOT NULL,
    duration_minutes INT          NOT NULL,
    expert_id        BIGINT       NOT NULL,
    link             VARCHAR(500) NOT NULL,
    recording_link   VARCHAR(500) NULL,
    version          INT          NOT NULL,
    CONSTRAINT fk_meeting_module FOREIGN KEY (module_id) REFERENCES weekly_module (id),
    CONSTRAINT fk_meeting_expert FOREIGN KEY (expert_id) REFERENCES account (id),
    INDEX ix_meeting_module (module_id, starts_at),
    INDEX ix_meeting_expert (expert_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_attendance (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    marked_by  BIGINT      NOT NULL,
    marked_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_attendance UNIQUE (meeting_id, account_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES expert_meeting (id),
    CONSTRAINT fk_attendance_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_attendance_marker FOREIGN KEY (marked_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
