-- The day a cohort's call opens, in the cohort's zone: with its other dates it decides the cohort's
-- phase and which cohort a page with no cohort named shows. Unset: open from the cohort's creation.
ALTER TABLE cohort ADD COLUMN call_opens DATE NULL AFTER time_zone;
