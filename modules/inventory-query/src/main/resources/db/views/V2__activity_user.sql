-- Who did what: each activity entry keeps the user of its event. The rows already here are of
-- events stored before the log recorded users, so null is what they carry anyway.
ALTER TABLE activity ADD COLUMN user_name VARCHAR(64);
