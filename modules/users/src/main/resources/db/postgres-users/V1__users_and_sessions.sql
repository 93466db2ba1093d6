-- The users store of db/users in PostgreSQL's dialect, for nodes sharing one database with the
-- event log (its own history table, users_schema_history). Users apart from the log: the log is
-- never rewritten and must never hold a secret.
CREATE TABLE users (
    username      VARCHAR(40)   NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200)  NOT NULL,
    roles         VARCHAR(100)  NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    -- Argon2id, in the encoder's own text form: its parameters, salt and hash.
    password_hash VARCHAR(300)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL
);

-- A signed-in session: only the SHA-256 of its token is kept, so this table signs nobody in.
CREATE TABLE sessions (
    token_hash CHAR(64)      NOT NULL PRIMARY KEY,
    username   VARCHAR(40)   NOT NULL REFERENCES users (username),
    expires_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX sessions_username ON sessions (username);
