-- Who did what (docs/api.md, "Who did what"): each event records the user whose command recorded
-- it, beside the command id, and so does an append of nothing (commands), whose user the
-- command-id rule compares like its fingerprint. 64 characters: usernames (40) and "system:..."
-- names of what Tally does on its own. Rows stored before this migration keep NULL: nobody was
-- recorded then, and the log is never rewritten to guess.
ALTER TABLE events ADD COLUMN user_name VARCHAR(64);
ALTER TABLE commands ADD COLUMN user_name VARCHAR(64);
