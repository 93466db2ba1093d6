-- The log on PostgreSQL, shared by every node. position is drawn by a batch while it holds the
-- log's transaction-scoped advisory lock (PostgresWriter), so positions are gapless and in
-- commit order whichever node appends. The unique constraints are the last word should two
-- nodes ever disagree: a stream's version and a command id can be taken only once.
CREATE TABLE events (
    position    BIGINT       NOT NULL PRIMARY KEY,
    stream      VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    type        VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    command_id  VARCHAR(64),
    user_name   VARCHAR(64),
    fingerprint VARCHAR(128),
    data        TEXT         NOT NULL,
    CONSTRAINT events_stream_version UNIQUE (stream, version)
);

-- Every command id the log took, with its first answer. Unlike the H2 log (which keeps ids on
-- their events to spare its writer an index), every append with an id has a row here: its
-- primary key is what makes an id unique across nodes.
CREATE TABLE commands (
    command_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    stream      VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    position    BIGINT       NOT NULL,
    fingerprint VARCHAR(128),
    user_name   VARCHAR(64),
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
