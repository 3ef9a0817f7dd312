-- Expert review, part one: which expert reviews which team's work, and a review waiting for each
-- submitted version.

-- An expert for a team's whole marathon (assignment_id NULL) or for one assignment of it. The
-- assignment's own allocation wins over the team's.
CREATE TABLE expert_allocation (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_id        BIGINT      NOT NULL,
    assignment_id  BIGINT      NULL,
    assignment_key BIGINT      AS (COALESCE(assignment_id, 0)) PERSISTENT,
    expert_id      BIGINT      NOT NULL,
    allocated_by   BIGINT      NOT NULL,
    allocated_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_allocation UNIQUE (team_id, assignment_key),
    CONSTRAINT fk_allocation_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_allocation_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_allocation_expert FOREIGN KEY (expert_id) REFERENCES account (id),
    CONSTRAINT fk_allocation_by FOREIGN KEY (allocated_by) REFERENCES account (id),
    INDEX ix_allocation_expert (expert_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One review per submitted version. expert_id is NULL while nobody is allocated to the team;
-- the allocation then gives it an expert. state: WAITING (nothing written yet), DRAFT, RELEASED.
-- team_id and assignment_id repeat the version's, so the queue is one indexed read.
CREATE TABLE review (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id    BIGINT      NOT NULL,
    team_id       BIGINT      NOT NULL,
    assignment_id BIGINT      NOT NULL,
    expert_id     BIGINT      NULL,
    state         VARCHAR(16) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    version       INT         NOT NULL,
    CONSTRAINT uq_review_version UNIQUE (version_id),
    CONSTRAINT fk_review_version FOREIGN KEY (version_id) REFERENCES submission_version (id),
    CONSTRAINT fk_review_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_review_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_review_expert FOREIGN KEY (expert_id) REFERENCES account (id),
    INDEX ix_review_queue (expert_id, state, created_at),
    INDEX ix_review_team (team_id, assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
