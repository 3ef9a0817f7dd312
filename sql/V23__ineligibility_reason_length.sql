-- NUMBERS_OF_DIFFERENT_ORGANISATIONS (34 characters) did not fit VARCHAR(30): an application whose OGRN and
-- INN belong to two organisations on record ended in the error page instead of naming the reason.
ALTER TABLE application_ineligibility MODIFY reason VARCHAR(60) NOT NULL;
