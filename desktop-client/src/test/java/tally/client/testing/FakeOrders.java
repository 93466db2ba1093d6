package tally.client.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemDetails.FieldError;
import tally.client.api.ProblemException;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.OrderLine;
import tally.client.api.WireShapes.PickItem;
import tally.client.api.WireShapes.PickList;
import tally.client.testing.FakeWarehouse.Recorded;

/**
 * Orders on the fake server, as docs/api.md "Orders and their allocation" states them: the
 * order commands with their 400s and 422s, and figures per line. The allocation itself is
 * {@link FakeAllocation}, which reacts to what is recorded here.
 */
final class FakeOrders {
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /** One line's figures, as the orders read model keeps them. */
    static final class Line {
        final String sku;
        final long ordered;
        long reserved;
        long picked;
        long backordered;

        Line(String sku, long ordered) {
            this.sku = sku;
            this.ordered = ordered;
        }
    }

    static final class Order {
        final String orderId;
        final String customer;
        final long placedAt;
        final Map<String, Line> lines = new LinkedHashMap<>();
        long version;
        boolean allocated;
        String ended;

        Order(String orderId, String customer, long placedAt) {
            this.orderId = orderId;
            this.customer = customer;
            this.placedAt = placedAt;
        }

        String status() {
            if (ended != null) {
                return ended;
            }
            var all = lines.values();
            if (!allocated) {
                return "PLACED";
            }
            if (all.stream().allMatch(l -> l.picked == l.ordered)) {
                return "PICKED";
            }
            if (all.stream().allMatch(l -> l.backordered == 0)) {
                return "ALLOCATED";
            }
            return all.stream().allMatch(l -> l.reserved == 0 && l.picked == 0)
                    ? "BACKORDERED" : "PARTIAL";
        }

        boolean open() {
            return ended == null;
        }
    }

    final Map<String, Order> orders = new LinkedHashMap<>();
    private final FakeWarehouse warehouse;

    FakeOrders(FakeWarehouse warehouse) {
        this.warehouse = warehouse;
        warehouse.onCut = (orderId, sku, units) -> {
            Order o = orders.get(orderId);
            o.lines.get(sku).reserved -= units;
            o.version++;
        };
    }

    static boolean handles(String command) {
        return List.of("place-order", "cancel-order", "confirm-pick", "ship-order")
                .contains(command);
    }

    List<Recorded> decide(String name, Map<String, Object> b) {
        return switch (name) {
            case "place-order" -> place(b);
            case "cancel-order" -> {
                Order o = known(FakeWarehouse.text(b, "orderId"));
                FakeWarehouse.require(!o.status().equals("SHIPPED"), "order-shipped",
                        "order " + o.orderId + " has shipped and cannot be cancelled");
                FakeWarehouse.require(o.open(), "order-cancelled",
                        "order " + o.orderId + " is already cancelled");
                o.ended = "CANCELLED";
                yield List.of(event(o, "OrderCancelled", "cancelled " + o.orderId));
            }
            case "confirm-pick" -> pick(b);
            case "ship-order" -> {
                Order o = known(FakeWarehouse.text(b, "orderId"));
                FakeWarehouse.require(o.status().equals("PICKED"), "order-not-picked",
                        "order " + o.orderId + " is not picked in full");
                o.ended = "SHIPPED";
                yield List.of(event(o, "OrderShipped", "shipped " + o.orderId));
            }
            default -> throw FakeWarehouse.problem(404, "unknown-command", "no command " + name);
        };
    }

    private List<Recorded> place(Map<String, Object> b) {
        var wrong = new ArrayList<FieldError>();
        Object id = b.get("orderId");
        if (id == null || !ORDER_ID.matcher(id.toString()).matches()) {
            wrong.add(new FieldError("orderId", "must be 1-40 characters of A-Z a-z 0-9 . _ -"));
        }
        Object customer = b.get("customer");
        if (customer != null && customer.toString().length() > 200) {
            wrong.add(new FieldError("customer", "must be at most 200 characters"));
        }
        List<?> lines = b.get("lines") instanceof List<?> l ? l : List.of();
        if (lines.isEmpty() || lines.size() > 100) {
            wrong.add(new FieldError("lines", "must hold 1 to 100 lines"));
        }
        var skus = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = (Map<?, ?>) lines.get(i);
            Object sku = line.get("sku");
            if (sku == null || sku.toString().isBlank()) {
                wrong.add(new FieldError("lines[" + i + "].sku", "must not be blank"));
            } else if (!skus.add(sku.toString())) {
                wrong.add(new FieldError("lines[" + i + "].sku", "is on another line already"));
            }
            long q = line.get("quantity") instanceof Number n ? n.longValue() : 0;
            if (q < 1 || q > 1_000_000) {
                wrong.add(new FieldError("lines[" + i + "].quantity", "must be 1 to 1000000"));
            }
        }
        if (!wrong.isEmpty()) {
            throw new ProblemException(new ProblemDetails(
                    "https://tally.dev/problems/invalid-request", "Invalid request", 400,
                    wrong.get(0).field() + " " + wrong.get(0).message(), wrong));
        }
        String orderId = id.toString();
        FakeWarehouse.require(!orders.containsKey(orderId), "order-exists",
                "order " + orderId + " already exists");
        for (String sku : skus) {
            FakeWarehouse.require(warehouse.products.containsKey(sku), "unknown-product",
                    "no product " + sku + " is registered");
        }
        var o = new Order(orderId, customer == null ? null : customer.toString(),
                warehouse.log.size() + 1);
        for (Object l : lines) {
            var line = (Map<?, ?>) l;
            String sku = line.get("sku").toString();
            o.lines.put(sku, new Line(sku, ((Number) line.get("quantity")).longValue()));
        }
        orders.put(orderId, o);
        warehouse.sequenceOf.put(orderId, o.placedAt);
        return List.of(event(o, "OrderPlaced", "placed " + orderId));
    }

    private List<Recorded> pick(Map<String, Object> b) {
        Order o = known(FakeWarehouse.text(b, "orderId"));
        String sku = FakeWarehouse.text(b, "sku");
        String location = FakeWarehouse.text(b, "location");
        long q = FakeWarehouse.number(b, "quantity", 0);
        long held = warehouse.heldAt(sku, location).getOrDefault(o.orderId, 0L);
        FakeWarehouse.require(held >= q, "insufficient-reservation", "order " + o.orderId
                + " holds only " + held + " of " + sku + " at " + location + ", not " + q);
        warehouse.heldAt(sku, location).merge(o.orderId, -q, Long::sum);
        warehouse.heldAt(sku, location).remove(o.orderId, 0L);
        var at = warehouse.products.get(sku).at();
        at.merge(location, -q, Long::sum);
        at.remove(location, 0L);
        Line line = o.lines.get(sku);
        line.reserved -= q;
        line.picked += q;
        o.version++;
        return List.of(warehouse.forOrder(sku, o.orderId, "ReservedStockPicked", location, q,
                "picked " + q + " of " + sku + " at " + location + " for " + o.orderId));
    }

    Recorded event(Order o, String type, String summary) {
        o.version++;
        return warehouse.ofOrder(o.orderId, type, summary, "{\"orderId\":\"" + o.orderId + "\"}");
    }

    Order known(String orderId) {
        Order o = orders.get(orderId);
        if (o == null) {
            throw FakeWarehouse.problem(404, "not-found", "no order " + orderId);
        }
        return o;
    }

    OrderDetail detail(String orderId, long position) {
        Order o = known(orderId);
        return new OrderDetail(position, o.orderId, o.customer, o.status(), o.version,
                "2026-01-05T10:" + String.format("%02d", o.placedAt % 60) + ":00Z",
                o.lines.values().stream().map(l -> new OrderLine(l.sku, l.ordered, l.reserved,
                        l.picked, l.backordered)).toList());
    }

    PickList pickList(String orderId, long position) {
        known(orderId);
        var items = new ArrayList<PickItem>();
        warehouse.held.forEach((sku, where) -> where.forEach((location, holders) -> {
            long units = holders.getOrDefault(orderId, 0L);
            if (units > 0) {
                items.add(new PickItem(sku, location, units));
            }
        }));
        items.sort((a, b) -> a.location().equals(b.location())
                ? a.sku().compareTo(b.sku()) : a.location().compareTo(b.location()));
        return new PickList(position, orderId, items);
    }
}
