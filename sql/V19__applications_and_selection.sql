-- Intake and selection: registrations waiting for their e-mail to be confirmed, applications with
-- consent and eligibility, webinar attendance, and per cohort the selection terms, the reviewers'
-- assignments and scores, and the decisions.

-- Mail to an address that has no account yet (the confirmation link of a registration).
ALTER TABLE outbox_message MODIFY recipient_id BIGINT NULL;

-- A registration becomes an account when the link sent to its address is opened; until then the
-- address is not taken, so nobody can block someone else's address by registering it.
CREATE TABLE registration (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    time_zone     VARCHAR(40)  NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    confirmed_at  DATETIME(6)  NULL,
    CONSTRAINT uq_registration_token UNIQUE (token_hash),
    INDEX ix_registration_email (email, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One application per person and cohort. The organisation's fields are kept as typed while it is a
-- draft; on submission the organisation record is found by its OGRN (or made) and linked.
-- state: DRAFT, SUBMITTED. decision: ADMITTED, WAITLISTED, REJECTED (NULL until decided); the
-- applicant sees it once decision_published_at is set.
CREATE TABLE application (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id              BIGINT        NOT NULL,
    applicant_id           BIGINT        NOT NULL,
    state                  VARCHAR(12)   NOT NULL,
    phone                  VARCHAR(40)   NULL,
    position               VARCHAR(200)  NULL,
    employed               BOOLEAN       NOT NULL,
    communications_duty    BOOLEAN       NOT NULL,
    organisation_name      VARCHAR(300)  NULL,
    ogrn                   VARCHAR(20)   NULL,
    inn                    VARCHAR(20)   NULL,
    region_code            CHAR(2)       NULL,
    website                VARCHAR(300)  NULL,
    social_links           VARCHAR(1000) NULL,
    annual_report_url      VARCHAR(300)  NULL,
    motivation             TEXT          NULL,
    plans                  TEXT          NULL,
    commitment             TEXT          NULL,
    involvement            TEXT          NULL,
    consent_at             DATETIME(6)   NULL,
    consent_version        VARCHAR(20)   NULL,
    organisation_id        BIGINT        NULL,
    eligible               BOOLEAN       NULL,
    submitted_at           DATETIME(6)   NULL,
    decision               VARCHAR(12)   NULL,
    decided_at             DATETIME(6)   NULL,
    decided_by             BIGINT        NULL,
    decision_published_at  DATETIME(6)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                INT           NOT NULL,
    CONSTRAINT uq_application_person UNIQUE (cohort_id, applicant_id),
    CONSTRAINT fk_application_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_application_applicant FOREIGN KEY (applicant_id) REFERENCES account (id),
    CONSTRAINT fk_application_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_application_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_application_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    INDEX ix_application_cohort (cohort_id, state),
    INDEX ix_application_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why a submitted application is not eligible: one row per reason found at its last submission.
CREATE TABLE application_ineligibility (
    application_id BIGINT      NOT NULL,
    reason         VARCHAR(30) NOT NULL,
    PRIMARY KEY (application_id, reason),
    CONSTRAINT fk_ineligibility_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who attended the cohort's webinar, from the webinar platform's export: kept by address, so someone
-- who registers after the webinar is matched too.
CREATE TABLE webinar_attendance (
    cohort_id   BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (cohort_id, email),
    CONSTRAINT fk_webinar_attendance_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cohort's selection: the weights of the five criteria (0–100), the bonus for previous
-- involvement (points on the 0–5 scale) and when the results were published.
CREATE TABLE selection_terms (
    cohort_id             BIGINT       NOT NULL PRIMARY KEY,
    weight_development    INT          NOT NULL,
    weight_transparency   INT          NOT NULL,
    weight_motivation     INT          NOT NULL,
    weight_plans          INT          NOT NULL,
    weight_commitment     INT          NOT NULL,
    involvement_bonus     DECIMAL(3,2) NOT NULL,
    results_published_at  DATETIME(6)  NULL,
    version               INT          NOT NULL,
    CONSTRAINT fk_selection_terms_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reviewer's part in an application: assigned, perhaps declared a conflict of interest (then
-- they take no further part), or scored the five criteria 0–5 with a comment.
CREATE TABLE application_review (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    reviewer_id    BIGINT       NOT NULL,
    assigned_at    DATETIME(6)  NOT NULL,
    conflict_at    DATETIME(6)  NULL,
    conflict_note  VARCHAR(500) NULL,
    development    TINYINT      NULL,
    transparency   TINYINT      NULL,
    motivation     TINYINT      NULL,
    plans          TINYINT      NULL,
    commitment     TINYINT      NULL,
    comment        TEXT         NULL,
    scored_at      DATETIME(6)  NULL,
    version        INT          NOT NULL,
    CONSTRAINT uq_application_reviewer UNIQUE (application_id, reviewer_id),
    CONSTRAINT fk_application_review_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_application_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id),
    INDEX ix_application_review_reviewer (reviewer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
