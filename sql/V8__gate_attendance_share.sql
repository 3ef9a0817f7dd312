-- The completion gate's setting per cohort: the share of meetings a participant must attend (0 = none).
ALTER TABLE cohort ADD COLUMN required_attendance_percent INT NOT NULL DEFAULT 0 AFTER stage2_seats;
