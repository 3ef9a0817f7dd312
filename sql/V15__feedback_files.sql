-- Files an expert attaches to feedback (an annotated copy, an example); the bytes are in the files
-- directory under their SHA-256, as the teams' files are. The team sees them once the feedback is released.
CREATE TABLE feedback_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id    BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_feedback_file_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_feedback_file_by FOREIGN KEY (uploaded_by) REFERENCES account (id),
    INDEX ix_feedback_file_review (review_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
