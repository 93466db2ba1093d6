-- The log. position is handed out by the single writer in commit order: gapless, increasing.
CREATE TABLE events (
    position    BIGINT        NOT NULL PRIMARY KEY,
    stream      VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL,
    type        VARCHAR(100)  NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    command_id  VARCHAR(64),
    data        CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT events_stream_version UNIQUE (stream, version)
);

-- Every command id seen, with the first answer it got, so a retry gets that answer again.
CREATE TABLE commands (
    command_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    stream      VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL,
    position    BIGINT        NOT NULL,
    fingerprint VARCHAR(128),
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
