-- Expert review, part two: the rubric scores, the comment and the decision, saved as a draft until
-- released; the released decision is also kept with the version it judged.

ALTER TABLE review
    ADD COLUMN decision    VARCHAR(16) NULL,
    ADD COLUMN comment     MEDIUMTEXT  NULL,
    ADD COLUMN saved_by    BIGINT      NULL,
    ADD COLUMN saved_at    DATETIME(6) NULL,
    ADD COLUMN released_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_review_saved_by FOREIGN KEY (saved_by) REFERENCES account (id);

-- A level chosen per criterion; a criterion that has scores cannot be removed from its rubric.
CREATE TABLE review_score (
    review_id    BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    points       INT    NOT NULL,
    PRIMARY KEY (review_id, criterion_id),
    CONSTRAINT fk_score_review FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ACCEPTED or NEEDS_REVISION once the review of this version is released.
ALTER TABLE submission_version ADD COLUMN outcome VARCHAR(16) NULL;
