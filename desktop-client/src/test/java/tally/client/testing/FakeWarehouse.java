package tally.client.testing;

import java.util.ArrayList;
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

    /** One recorded event: what the read models will be told. */
    record Recorded(long position, String sku, String type, List<String> locations,
                    String summary, String data, String user) {
    }

    final Map<String, Product> products = new TreeMap<>();
    final List<Recorded> log = new ArrayList<>();
    /** Who issues the commands from now on; null records events as before users were. */
    String user = "operator";

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
                require(p.at().getOrDefault(at, 0L) >= q, "insufficient-stock",
                        "only " + p.at().getOrDefault(at, 0L) + " of " + sku + " at " + at
                                + ", not " + q);
                p.at().merge(at, -q, Long::sum);
                p.at().remove(at, 0L);
                return record(sku, "StockPicked", List.of(at), "picked " + q + " at " + at,
                        "{\"quantity\":" + q + "}");
            }
            case "move-stock" -> {
                String from = text(b, "from");
                String to = text(b, "to");
                require(!from.equals(to), "same-location", "from and to are the same");
                require(p.at().getOrDefault(from, 0L) >= q, "insufficient-stock",
                        "only " + p.at().getOrDefault(from, 0L) + " of " + sku + " at " + from
                                + ", not " + q);
                p.at().merge(from, -q, Long::sum);
                p.at().remove(from, 0L);
                p.at().merge(to, q, Long::sum);
                return record(sku, "StockMoved", List.of(from, to), "moved " + q, "{}");
            }
            case "adjust-stock" -> {
                String at = text(b, "location");
                long counted = number(b, "countedQuantity", 0);
                if (counted == p.at().getOrDefault(at, 0L)) {
                    return List.of();
                }
                p.at().put(at, counted);
                p.at().remove(at, 0L);
                return record(sku, "StockAdjusted", List.of(at), "counted " + counted, "{}");
            }
            default -> throw problem(404, "unknown-command", "no command " + name);
        }
    }

    StockDetail detail(String sku, long position) {
        Product p = products.get(sku);
        long onHand = p.at().values().stream().mapToLong(Long::longValue).sum();
        var where = p.at().entrySet().stream()
                .map(e -> new LocationQuantity(e.getKey(), e.getValue())).toList();
        return new StockDetail(position, sku, p.name(), onHand, p.reorderPoint(),
                onHand < p.reorderPoint(), p.version(), where);
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
        return log.stream().filter(r -> r.sku().equals(sku)).mapToLong(Recorded::position)
                .max().orElse(0);
    }

    private List<Recorded> record(String sku, String type, List<String> locations,
                                  String summary, String data) {
        Product p = products.get(sku);
        products.put(sku, new Product(sku, p.name(), p.reorderPoint(), p.version() + 1, p.at()));
        var r = new Recorded(log.size() + 1, sku, type, locations, summary, data, user);
        log.add(r);
        return List.of(r);
    }

    private static void require(boolean ok, String slug, String detail) {
        if (!ok) {
            throw problem(422, slug, detail);
        }
    }

    static ProblemException problem(int status, String slug, String detail) {
        return new ProblemException(new ProblemDetails("https://tally.dev/problems/" + slug, slug,
                status, detail, List.of()));
    }

    private static String text(Map<String, Object> b, String field) {
        Object v = b.get(field);
        if (v == null || v.toString().isBlank()) {
            throw new ProblemException(new ProblemDetails(
                    "https://tally.dev/problems/invalid-request",
                    "Bad Request", 400, field + " is missing",
                    List.of(new ProblemDetails.FieldError(field, "must not be blank"))));
        }
        return v.toString();
    }

    private static long number(Map<String, Object> b, String field, long otherwise) {
        Object v = b.get(field);
        return v == null ? otherwise : ((Number) v).longValue();
    }
}
