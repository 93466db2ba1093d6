-- The views database: read models folded from the event log, each with its checkpoint.
-- A projection moves its checkpoint in the same transaction as its rows, so whatever crashes
-- where, no event is applied twice or skipped. Rebuilding empties a model's tables and replays.

CREATE TABLE checkpoints (
    name     VARCHAR(20) NOT NULL PRIMARY KEY,
    position BIGINT      NOT NULL
);
INSERT INTO checkpoints (name, position) VALUES ('stock', 0), ('locations', 0), ('activity', 0);

-- "stock": products and their stock, per product and per location.
CREATE TABLE stock_products (
    sku           VARCHAR(40)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    reorder_point INT          NOT NULL,
    on_hand       BIGINT       NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE TABLE stock_locations (
    sku      VARCHAR(40) NOT NULL,
    location VARCHAR(20) NOT NULL,
    quantity BIGINT      NOT NULL,
    PRIMARY KEY (sku, location)
);

-- "locations": what lies in each location that ever held stock.
CREATE TABLE locations (
    location VARCHAR(20) NOT NULL PRIMARY KEY,
    skus     INT         NOT NULL,
    units    BIGINT      NOT NULL
);
CREATE TABLE location_items (
    location VARCHAR(20) NOT NULL,
    sku      VARCHAR(40) NOT NULL,
    quantity BIGINT      NOT NULL,
    PRIMARY KEY (location, sku)
);

-- "activity": the newest events in words; only the newest ones are kept (the API serves 500).
CREATE TABLE activity (
    position    BIGINT       NOT NULL PRIMARY KEY,
    stream      VARCHAR(100) NOT NULL,
    type        VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    summary     VARCHAR(1000) NOT NULL
);
