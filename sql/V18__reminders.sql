-- Each reminder once, however many instances run the schedule: the first to insert its key sends it.
-- The key names the reminder and the time it is about (a moved due time or meeting arms a new one).
CREATE TABLE reminder_sent (
    reminder_key VARCHAR(200) NOT NULL PRIMARY KEY,
    sent_at      DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
