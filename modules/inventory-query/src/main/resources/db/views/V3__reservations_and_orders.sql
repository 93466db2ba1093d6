-- Orders and their allocation (issue 12).

-- "stock": what is reserved for orders, in total and per location ("A-01=2"; a location whose
-- reservations fall to 0 is left out). Products stored before reservations existed had none.
ALTER TABLE stock_products ADD COLUMN reserved BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stock_products ADD COLUMN reservations CHARACTER VARYING NOT NULL DEFAULT '';

-- "orders": one row per order, shaped like GET /api/orders/{orderId}. Its lines are kept in the
-- row in the order placed, "SKU-1=5/3/1/1" (ordered/reserved/picked/backordered), and what is
-- reserved for it and not yet picked as "A-01/SKU-1=3" (a location holds no '/'), the pick list.
-- placed_position orders the list newest first; status is kept for the ?status= filter.
INSERT INTO checkpoints (name, position) VALUES ('orders', 0);
CREATE TABLE orders (
    order_id        VARCHAR(40)  NOT NULL PRIMARY KEY,
    customer        VARCHAR(200),
    status          VARCHAR(20)  NOT NULL,
    version         BIGINT       NOT NULL,
    placed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    placed_position BIGINT       NOT NULL,
    line_count      INT          NOT NULL,
    line_figures    CHARACTER VARYING NOT NULL,
    reservations    CHARACTER VARYING NOT NULL
);
CREATE INDEX orders_newest ON orders (placed_position DESC);
CREATE INDEX orders_by_status ON orders (status, placed_position DESC);
