-- Stage 1's team work: who takes part in a cohort, reusable rubrics, assignments per module,
-- extensions per team, and the team's submission with its numbered versions and files.

-- The participants of a cohort (admitted applicants, or people a coordinator adds); teams are formed from them.
CREATE TABLE cohort_participant (
    cohort_id   BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    admitted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (cohort_id, account_id),
    CONSTRAINT fk_participant_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_participant_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cohort_participant (cohort_id, account_id, admitted_at)
SELECT t.cohort_id, m.account_id, MIN(m.joined_at)
FROM team_membership m JOIN team t ON t.id = m.team_id
GROUP BY t.cohort_id, m.account_id;

-- A rubric belongs to no cohort: assignments of any year may use it.
CREATE TABLE rubric (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rubric_criterion (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rubric_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    title     VARCHAR(200) NOT NULL,
    CONSTRAINT fk_criterion_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id) ON DELETE CASCADE,
    INDEX ix_criterion_rubric (rubric_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rubric_level (
    criterion_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    points       INT          NOT NULL,
    description  VARCHAR(300) NOT NULL,
    PRIMARY KEY (criterion_id, position),
    CONSTRAINT fk_level_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criterion (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Instants in UTC; typed and shown in the cohort's zone. file_types lists accepted FileType names.
CREATE TABLE assignment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id     BIGINT       NOT NULL,
    title         VARCHAR(200) NOT NULL,
    instructions  MEDIUMTEXT   NOT NULL,
    opens_at      DATETIME(6)  NOT NULL,
    due_at        DATETIME(6)  NOT NULL,
    cut_off_at    DATETIME(6)  NOT NULL,
    required      BOOLEAN      NOT NULL,
    file_types    VARCHAR(100) NOT NULL,
    max_file_mb   INT          NOT NULL,
    text_allowed  BOOLEAN      NOT NULL,
    links_allowed BOOLEAN      NOT NULL,
    rubric_id     BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL,
    CONSTRAINT fk_assignment_module FOREIGN KEY (module_id) REFERENCES weekly_module (id),
    CONSTRAINT fk_assignment_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id),
    INDEX ix_assignment_module (module_id, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A team's own dates for one assignment; granting again replaces them.
CREATE TABLE team_extension (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id BIGINT       NOT NULL,
    team_id       BIGINT       NOT NULL,
    due_at        DATETIME(6)  NOT NULL,
    cut_off_at    DATETIME(6)  NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    granted_by    BIGINT       NOT NULL,
    granted_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_extension UNIQUE (assignment_id, team_id),
    CONSTRAINT fk_extension_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_extension_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_extension_granted_by FOREIGN KEY (granted_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per team and assignment: the shared draft (a working copy) and the count of versions.
-- draft_revision grows with every save; submitted_revision is the revision the last version was made from,
-- so a second submit of the same draft (a double click, two members at once) makes no new version.
CREATE TABLE submission (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id      BIGINT      NOT NULL,
    team_id            BIGINT      NOT NULL,
    draft_text         MEDIUMTEXT  NULL,
    draft_links        TEXT        NULL,
    draft_saved_by     BIGINT      NULL,
    draft_saved_at     DATETIME(6) NULL,
    draft_revision     INT         NOT NULL,
    submitted_revision INT         NULL,
    versions           INT         NOT NULL,
    CONSTRAINT uq_submission UNIQUE (assignment_id, team_id),
    CONSTRAINT fk_submission_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_submission_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_submission_saved_by FOREIGN KEY (draft_saved_by) REFERENCES account (id),
    INDEX ix_submission_team (team_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every submitted version is kept as it was sent.
CREATE TABLE submission_version (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT      NOT NULL,
    number        INT         NOT NULL,
    body          MEDIUMTEXT  NULL,
    links         TEXT        NULL,
    submitted_by  BIGINT      NOT NULL,
    submitted_at  DATETIME(6) NOT NULL,
    late          BOOLEAN     NOT NULL,
    CONSTRAINT uq_version_number UNIQUE (submission_id, number),
    CONSTRAINT fk_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_version_submitted_by FOREIGN KEY (submitted_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files of the draft (version_id NULL) and of each version; the bytes are in the files directory under sha256.
CREATE TABLE submission_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT       NOT NULL,
    version_id    BIGINT       NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_file_version FOREIGN KEY (version_id) REFERENCES submission_version (id),
    CONSTRAINT fk_file_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES account (id),
    INDEX ix_file_submission (submission_id, version_id),
    INDEX ix_file_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
