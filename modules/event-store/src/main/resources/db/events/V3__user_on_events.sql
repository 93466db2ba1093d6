-- Who did what (docs/api.md, "Who did what"): each event records the user whose command recorded
-- it, beside the command id; 64 characters, for usernames (40) and "system:..." names of what
-- Tally does on its own. Events stored before this migration keep NULL: nobody was recorded then,
-- and the log is never rewritten to guess. commands (appends of no events) gets no column: who
-- issued a command is part of its fingerprint, which it already keeps (CommandIdRule).
ALTER TABLE events ADD COLUMN user_name VARCHAR(64);
