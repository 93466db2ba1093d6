-- "bins" (issue 13): the register of locations, one row per bin ever defined, shaped like an
-- item of GET /api/bins. A retired bin keeps its row (retired = TRUE): its code may come back.
INSERT INTO checkpoints (name, position) VALUES ('bins', 0);
CREATE TABLE bins (
    location VARCHAR(20)  NOT NULL PRIMARY KEY,
    name     VARCHAR(800),
    zone     VARCHAR(800),
    capacity INT,
    retired  BOOLEAN      NOT NULL,
    version  BIGINT       NOT NULL
);
