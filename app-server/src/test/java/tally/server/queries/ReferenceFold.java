package tally.server.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The read models computed the simplest way there is: one pass over the whole log in memory,
 * from the items of {@code GET /api/events}. What the server's projections must equal.
 */
final class ReferenceFold {
    record Product(String name, int reorderPoint, long version, Map<String, Long> at) {
    }

    final Map<String, Product> products = new TreeMap<>();
    final Map<String, Map<String, Long>> locations = new TreeMap<>();
    final List<Map<String, Object>> events = new ArrayList<>();

    void apply(Map<String, Object> item) {
        events.add(item);
        @SuppressWarnings("unchecked")
        var data = (Map<String, Object>) item.get("data");
        String sku = (String) data.get("sku");
        long version = ((Number) item.get("version")).longValue();
        Product p = products.get(sku);
        switch ((String) item.get("type")) {
            case "ProductRegistered" -> p = new Product((String) data.get("name"),
                    number(data, "reorderPoint").intValue(), version, new TreeMap<>());
            case "StockReceived" -> add(p, sku, (String) data.get("location"), number(data, "quantity"));
            case "StockMoved" -> {
                add(p, sku, (String) data.get("from"), -number(data, "quantity"));
                add(p, sku, (String) data.get("to"), number(data, "quantity"));
            }
            case "StockPicked" -> add(p, sku, (String) data.get("location"), -number(data, "quantity"));
            case "StockAdjusted" -> {
                String location = (String) data.get("location");
                long counted = number(data, "countedQuantity");
                add(p, sku, location, counted - p.at().getOrDefault(location, 0L));
            }
            default -> throw new IllegalStateException("unhandled " + item);
        }
        products.put(sku, new Product(p.name(), p.reorderPoint(), version, p.at()));
    }

    private void add(Product p, String sku, String location, long quantity) {
        merge(p.at(), location, quantity);
        merge(locations.computeIfAbsent(location, l -> new TreeMap<>()), sku, quantity);
    }

    private static void merge(Map<String, Long> quantities, String key, long quantity) {
        long now = quantities.getOrDefault(key, 0L) + quantity;
        if (now == 0) {
            quantities.remove(key);
        } else {
            quantities.put(key, now);
        }
    }

    static long onHand(Product p) {
        return p.at().values().stream().mapToLong(Long::longValue).sum();
    }

    private static Long number(Map<String, Object> data, String field) {
        return ((Number) data.get(field)).longValue();
    }
}
