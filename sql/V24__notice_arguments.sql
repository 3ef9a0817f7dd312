-- A notice keeps its message's arguments, so that it is read in the reader's language and zone of the
-- moment it is read, not of the moment it was written. Notices written before keep their stored text.
ALTER TABLE notice ADD COLUMN arguments TEXT NULL AFTER text;
