-- An append that records events keeps its command id and fingerprint on those events: that costs
-- one index entry per event instead of a commands row (its own tree plus its key's index), which
-- was a third of the writer's time. commands now receives only appends that recorded nothing (a
-- count that matched the stock). Lookups read events first, so rows written before this
-- migration get their fingerprint copied onto their events.
ALTER TABLE events ADD COLUMN fingerprint VARCHAR(128);
CREATE INDEX events_command_id ON events (command_id);
UPDATE events e SET fingerprint =
    (SELECT c.fingerprint FROM commands c WHERE c.command_id = e.command_id)
    WHERE e.command_id IS NOT NULL;
