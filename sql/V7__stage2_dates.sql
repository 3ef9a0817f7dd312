-- The face-to-face second stage's dates, once known (the seed says only "summer").
ALTER TABLE cohort
    ADD COLUMN stage2_start DATE NULL AFTER stage1_end,
    ADD COLUMN stage2_end   DATE NULL AFTER stage2_start;
