-- The allocation's own state (docs/design.md, "The allocation"): where it stands in the log, and
-- the lines of the orders it still looks after. The backorder queues are these lines with
-- backordered > 0, oldest order (lowest order_sequence) first. Saved in one transaction after
-- each event it acted on; thrown away and made again from the log by a rebuild.
create table allocation_checkpoint (
    id int primary key,
    position bigint not null
);
insert into allocation_checkpoint (id, position) values (1, 0);

create table allocation_open_line (
    order_id varchar(40) not null,
    sku varchar(40) not null,
    order_sequence bigint not null,
    ordered int not null,
    backordered int not null,
    primary key (order_id, sku)
);
