-- The views database: read models folded from the event log, each with its checkpoint.
-- A projection moves its checkpoint in the same transaction as its rows, so whatever crashes
-- where, no event is applied twice or skipped. Rebuilding empties a model's tables and replays.

CREATE TABLE checkpoints (
    name     VARCHAR(20) NOT NULL PRIMARY KEY,
    position BIGINT      NOT NULL
);
INSERT INTO checkpoints (name, position) VALUES ('stock', 0), ('locations', 0), ('activity', 0);

-- Each read model keeps one row per thing the API answers about, shaped like the answer: a
-- change rewrites one row, not one row per location or SKU, which is what lets a rebuild run
-- at the speed of reading the log.

-- "stock": one row per product, its stock per location kept in the row as "A-01=3,B-02=7"
-- (docs/api.md allows neither '=' nor ',' in a location name), in location order.
CREATE TABLE stock_products (
    sku           VARCHAR(40)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    reorder_point INT          NOT NULL,
    on_hand       BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    locations     CHARACTER VARYING NOT NULL
);

-- "locations": what lies in each location that ever held stock, kept in the row the same way
-- ("SKU-1=3,SKU-2=4"; a SKU holds neither '=' nor ','), with the counts GET /api/locations shows.
CREATE TABLE locations (
    location VARCHAR(20)       NOT NULL PRIMARY KEY,
    skus     INT               NOT NULL,
    units    BIGINT            NOT NULL,
    items    CHARACTER VARYING NOT NULL
);

-- "activity": the newest events in words; only the newest ones are kept (the API serves 500).
CREATE TABLE activity (
    position    BIGINT       NOT NULL PRIMARY KEY,
    stream      VARCHAR(100) NOT NULL,
    type        VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    summary     VARCHAR(1000) NOT NULL
);
