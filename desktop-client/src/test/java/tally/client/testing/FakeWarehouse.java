package tally.client.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.api.WireShapes.StockDetail;

/** The write side's rules, in memory, as docs/api.md states them; enough to drive the console. */
final class FakeWarehouse {
    record Product(String sku, String name, long reorderPoint, long version,
                   Map<String, Long> at) {
    }

    /**
     * One recorded event: what the read models will be told. {@code sku} is set for a product's
     * events, {@code orderId} for an order's and for a product's events against an order.
     */
    record Recorded(long position, String stream, String sku, String orderId, String type,
                    List<String> locations, String summary, String data, String user) {
    }

    final Map<String, Product> products = new TreeMap<>();
    final List<Recorded> log = new ArrayList<>();
    /** Who issues the commands from now on; null records events as before users were. */
    String user = "operator";
    /** sku -> location -> orderId -> units held there for that order (insertion = age). */
    final Map<String, Map<String, Map<String, Long>>> held = new TreeMap<>();
    /** orderId -> the position of its OrderPlaced: a count cuts the highest first. */
    final Map<String, Long> sequenceOf = new HashMap<>();
    /** Told of each cut, so that the order's figures follow it. */
    Cut onCut = (orderId, sku, units) -> { };

    interface Cut {
        void cut(String orderId, String sku, long units);
    }

    List<Recorded> decide(String name, Map<String, Object> b) {
        String sku = text(b, "sku");
        Product p = products.get(sku);
        if (name.equals("register-product")) {
            require(p == null, "product-already-registered", sku + " is already registered");
            products.put(sku, new Product(sku, text(b, "name"), number(b, "reorderPoint", 0),
                    0, new TreeMap<>()));
            return record(sku, "ProductRegistered", List.of(), "registered " + sku,
                    "{\"sku\":\"" + sku + "\"}");
        }
        require(p != null, "unknown-product", "no product " + sku);
        Object expected = b.get("expectedVersion");
        if (expected != null && ((Number) expected).longValue() != p.version()) {
            throw problem(409, "version-conflict", "expected version " + expected + ", it is "
                    + p.version());
        }
        long q = number(b, "quantity", 0);
        switch (name) {
            case "receive-stock" -> {
                String at = text(b, "location");
                p.at().merge(at, q, Long::sum);
                return record(sku, "StockReceived", List.of(at), "received " + q + " at " + at,
                        "{\"quantity\":" + q + "}");
            }
            case "pick-stock" -> {
                String at = text(b, "location");
                require(free(sku, at) >= q, "insufficient-stock",
                        "only " + free(sku, at) + " of " + sku + " at " + at
                                + " are not reserved, not " + q);
                p.at().merge(at, -q, Long::sum);
                p.at().remove(at, 0L);
                return record(sku, "StockPicked", List.of(at), "picked " + q + " at " + at,
                        "{\"quantity\":" + q + "}");
            }
            case "move-stock" -> {
                String from = text(b, "from");
                String to = text(b, "to");
                require(!from.equals(to), "same-location", "from and to are the same");
                require(free(sku, from) >= q, "insufficient-stock",
                        "only " + free(sku, from) + " of " + sku + " at " + from
                                + " are not reserved, not " + q);
                p.at().merge(from, -q, Long::sum);
                p.at().remove(from, 0L);
                p.at().merge(to, q, Long::sum);
                return record(sku, "StockMoved", List.of(from, to), "moved " + q, "{}");
            }
            case "adjust-stock" -> {
                String at = text(b, "location");
                long counted = number(b, "countedQuantity", 0);
                long recorded = p.at().getOrDefault(at, 0L);
                if (counted == recorded) {
                    return List.of();
                }
                p.at().put(at, counted);
                p.at().remove(at, 0L);
                var made = new ArrayList<>(record(sku, "StockAdjusted", List.of(at),
                        "counted " + counted, "{\"delta\":" + (counted - recorded) + "}"));
                made.addAll(cut(sku, at, reservedAt(sku, at) - counted));
                return made;
            }
            case "rename-product" -> {
                String now = text(b, "name").strip();
                if (now.equals(p.name())) {
                    return List.of();
                }
                products.put(sku, new Product(sku, now, p.reorderPoint(), p.version(), p.at()));
                return record(sku, "ProductRenamed", List.of(), "renamed " + sku, "{}");
            }
            case "change-reorder-point" -> {
                long point = number(b, "reorderPoint", -1);
                if (point < 0 || point > 1_000_000) {
                    throw invalid("reorderPoint", "must be a whole number from 0 to 1000000");
                }
                if (point == p.reorderPoint()) {
                    return List.of();
                }
                products.put(sku, new Product(sku, p.name(), point, p.version(), p.at()));
                return record(sku, "ReorderPointChanged", List.of(), "reorder point " + point,
                        "{}");
            }
            default -> throw problem(404, "unknown-command", "no command " + name);
        }
    }

    StockDetail detail(String sku, long position) {
        Product p = products.get(sku);
        long onHand = p.at().values().stream().mapToLong(Long::longValue).sum();
        var where = p.at().entrySet().stream().map(e -> new LocationQuantity(e.getKey(),
                e.getValue(), reservedAt(sku, e.getKey()))).toList();
        long reserved = where.stream().mapToLong(LocationQuantity::reserved).sum();
        return new StockDetail(position, sku, p.name(), onHand, reserved, onHand - reserved,
                p.reorderPoint(), onHand < p.reorderPoint(), p.version(), where);
    }

    Map<String, Long> heldAt(String sku, String location) {
        return held.computeIfAbsent(sku, s -> new TreeMap<>())
                .computeIfAbsent(location, l -> new LinkedHashMap<>());
    }

    long reservedAt(String sku, String location) {
        return heldAt(sku, location).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Units at the location that no order holds. */
    long free(String sku, String location) {
        return products.get(sku).at().getOrDefault(location, 0L) - reservedAt(sku, location);
    }

    /** A count below what is reserved: the youngest orders lose their units there first. */
    private List<Recorded> cut(String sku, String location, long over) {
        var made = new ArrayList<Recorded>();
        var holders = new ArrayList<>(heldAt(sku, location).keySet());
        holders.sort((a, b) -> Long.compare(sequenceOf.get(b), sequenceOf.get(a)));
        for (String orderId : holders) {
            if (over <= 0) {
                break;
            }
            long units = Math.min(over, heldAt(sku, location).get(orderId));
            over -= units;
            heldAt(sku, location).merge(orderId, -units, Long::sum);
            heldAt(sku, location).remove(orderId, 0L);
            onCut.cut(orderId, sku, units);
            made.add(forOrder(sku, orderId, "ReservationReduced", location, units,
                    "cut " + units + " reserved for " + orderId + " at " + location));
        }
        return made;
    }

    /** A product's event against an order: the product's version moves on. */
    Recorded forOrder(String sku, String orderId, String type, String location, long units,
                      String summary) {
        Product p = products.get(sku);
        products.put(sku, new Product(sku, p.name(), p.reorderPoint(), p.version() + 1, p.at()));
        return add(new Recorded(log.size() + 1, "product-" + sku, sku, orderId, type,
                List.of(location), summary, "{\"orderId\":\"" + orderId + "\",\"quantity\":"
                + units + "}", user));
    }

    /** An order's own event. */
    Recorded ofOrder(String orderId, String type, String summary, String data) {
        return add(new Recorded(log.size() + 1, "order-" + orderId, null, orderId, type,
                List.of(), summary, data, user));
    }

    private Recorded add(Recorded r) {
        log.add(r);
        return r;
    }

    Map<String, Long> contents(String location) {
        var items = new LinkedHashMap<String, Long>();
        products.values().forEach(p -> {
            if (p.at().containsKey(location)) {
                items.put(p.sku(), p.at().get(location));
            }
        });
        return items;
    }

    long lastPositionOf(String sku) {
        return log.stream().filter(r -> sku.equals(r.sku())).mapToLong(Recorded::position)
                .max().orElse(0);
    }

    private List<Recorded> record(String sku, String type, List<String> locations,
                                  String summary, String data) {
        Product p = products.get(sku);
        products.put(sku, new Product(sku, p.name(), p.reorderPoint(), p.version() + 1, p.at()));
        return List.of(add(new Recorded(log.size() + 1, "product-" + sku, sku, null, type,
                locations, summary, data, user)));
    }

    static void require(boolean ok, String slug, String detail) {
        if (!ok) {
            throw problem(422, slug, detail);
        }
    }

    static ProblemException problem(int status, String slug, String detail) {
        return new ProblemException(new ProblemDetails("https://tally.dev/problems/" + slug, slug,
                status, detail, List.of()));
    }

    static String text(Map<String, Object> b, String field) {
        Object v = b.get(field);
        if (v == null || v.toString().isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return v.toString();
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(new ProblemDetails(
                "https://tally.dev/problems/invalid-request", "Invalid request", 400,
                field + " " + message, List.of(new ProblemDetails.FieldError(field, message))));
    }

    static long number(Map<String, Object> b, String field, long otherwise) {
        Object v = b.get(field);
        return v == null ? otherwise : ((Number) v).longValue();
    }
}
