-- "barcodes" (issue 13): which product each barcode is an alias of, and each product's name as
-- its stream last set it, so that a scan answers the SKU and the name in one look-up. Barcodes
-- are GTINs written as 14 digits; an unassigned one loses its row.
INSERT INTO checkpoints (name, position) VALUES ('barcodes', 0);
CREATE TABLE barcode_products (
    sku  VARCHAR(40)  NOT NULL PRIMARY KEY,
    name VARCHAR(800) NOT NULL
);
CREATE TABLE barcodes (
    barcode VARCHAR(14) NOT NULL PRIMARY KEY,
    sku     VARCHAR(40) NOT NULL
);
CREATE INDEX barcodes_by_sku ON barcodes (sku, barcode);
