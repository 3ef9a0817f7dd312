-- The foundation: federal subjects, organisations, accounts with roles, cohorts, teams.
-- Instants are stored as DATETIME(6) in UTC; calendar dates of a cohort as DATE in its zone.

CREATE TABLE region (
    code        CHAR(2)      NOT NULL PRIMARY KEY,   -- the tax authority's region code (first digits of INN)
    name_ru     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    time_zone   VARCHAR(40)  NOT NULL                -- the zone of the regional centre, a default for people there
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    ogrn        CHAR(13)     NOT NULL,
    inn         CHAR(10)     NOT NULL,
    region_code CHAR(2)      NOT NULL,
    website     VARCHAR(300) NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_organisation_ogrn UNIQUE (ogrn),
    CONSTRAINT uq_organisation_inn UNIQUE (inn),
    CONSTRAINT fk_organisation_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    time_zone       VARCHAR(40)  NOT NULL,
    organisation_id BIGINT       NULL,
    position        VARCHAR(200) NULL,
    enabled         BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year                 INT          NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    time_zone            VARCHAR(40)  NOT NULL,
    webinar_at           DATETIME(6)  NULL,
    application_deadline DATETIME(6)  NOT NULL,
    results_by           DATE         NOT NULL,
    stage1_start         DATE         NOT NULL,
    stage1_end           DATE         NOT NULL,
    min_participants     INT          NOT NULL,
    stage2_seats         INT          NOT NULL,
    version              INT          NOT NULL,
    CONSTRAINT uq_cohort_year UNIQUE (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE team (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id  BIGINT      NOT NULL,
    name       VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_team_name UNIQUE (cohort_id, name),
    CONSTRAINT fk_team_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Membership history: a row per stay in a team; left_at is NULL while the person is in it.
CREATE TABLE team_membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    joined_at  DATETIME(6) NOT NULL,
    left_at    DATETIME(6) NULL,
    CONSTRAINT fk_membership_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_membership_account (account_id, left_at),
    INDEX ix_membership_team (team_id, left_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
