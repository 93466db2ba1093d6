package tally.server.orders;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The log folded from position 1, independently of the server's read models, checking the
 * reservation rules after every command: no location holds more reserved than on hand, no
 * order's reservation at a location goes below zero, no order holds more reserved and picked
 * than it ordered. A command's events are appended at once, and within one the rules may be
 * broken for a moment (a count's StockAdjusted comes before the cuts it makes), so the rules
 * are checked where one command's events end and the next one's begin. A breach is noted with
 * its position, so a test can show them all.
 */
final class ReservationLedger {
    /** Units of one SKU at one location, and what is reserved there. */
    static final class Bin {
        long onHand;
        long reserved;
    }

    /** One order: what it asked for and, per SKU and location, what it holds. */
    static final class Ledger {
        final long placedAt;
        final Map<String, Long> ordered = new HashMap<>();
        final Map<String, Long> picked = new HashMap<>();
        final Map<String, Long> held = new TreeMap<>();
        final Map<String, Long> backordered = new HashMap<>();
        boolean allocated;
        boolean closed;

        Ledger(long placedAt) {
            this.placedAt = placedAt;
        }

        long reserved(String sku) {
            return held.entrySet().stream().filter(e -> e.getKey().startsWith(sku + "@"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        long reserved() {
            return held.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    final Map<String, Bin> bins = new TreeMap<>();
    final Map<String, Ledger> orders = new HashMap<>();
    final List<String> breaches = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> commands = new HashSet<>();
    private String command;
    long position;

    void apply(JsonNode event) {
        String commandId = event.get("commandId").asText();
        if (!commandId.equals(command)) {
            check();
            command = commandId;
            position = event.get("position").asLong();
            // a command's events are appended at once: seen again later, it was recorded twice
            if (!event.get("commandId").isNull() && !commands.add(commandId)) {
                breaches.add(position + ": command " + commandId + " recorded again");
            }
        }
        position = event.get("position").asLong();
        JsonNode d = event.get("data");
        if (d.has("orderId")) {
            touched.add(d.get("orderId").asText());
        }
        String type = event.get("type").asText();
        switch (type) {
            case "StockReceived" -> bin(d, "location").onHand += d.get("quantity").asLong();
            case "StockPicked" -> bin(d, "location").onHand -= d.get("quantity").asLong();
            case "StockMoved" -> {
                bin(d, "from").onHand -= d.get("quantity").asLong();
                bin(d, "to").onHand += d.get("quantity").asLong();
            }
            case "StockAdjusted" -> bin(d, "location").onHand += d.get("delta").asLong();
            case "StockReserved" -> hold(d, d.get("quantity").asLong());
            case "ReservationReleased", "ReservationReduced" ->
                    hold(d, -d.get("quantity").asLong());
            case "ReservedStockPicked" -> {
                hold(d, -d.get("quantity").asLong());
                bin(d, "location").onHand -= d.get("quantity").asLong();
                order(d).picked.merge(d.get("sku").asText(), d.get("quantity").asLong(),
                        Long::sum);
            }
            case "OrderPlaced" -> {
                var order = new Ledger(position);
                d.get("lines").forEach(l -> order.ordered.put(l.get("sku").asText(),
                        l.get("quantity").asLong()));
                if (orders.putIfAbsent(d.get("orderId").asText(), order) != null) {
                    breaches.add(position + ": " + d.get("orderId").asText() + " placed twice");
                }
            }
            case "OrderAllocated" -> {
                var order = order(d);
                order.allocated = true;
                d.get("lines").forEach(l -> order.backordered.put(l.get("sku").asText(),
                        l.get("backordered").asLong()));
            }
            case "OrderCancelled", "OrderShipped" -> order(d).closed = true;
            default -> {
                // ProductRegistered and what else holds no units
            }
        }
    }

    private Bin bin(JsonNode d, String locationField) {
        return bins.computeIfAbsent(d.get("sku").asText() + "@" + d.get(locationField).asText(),
                k -> new Bin());
    }

    private Ledger order(JsonNode d) {
        String id = d.get("orderId").asText();
        var order = orders.get(id);
        if (order == null) {
            breaches.add(position + ": an event for " + id + ", never placed");
            order = new Ledger(position);
            orders.put(id, order);
        }
        return order;
    }

    private void hold(JsonNode d, long quantity) {
        String at = d.get("sku").asText() + "@" + d.get("location").asText();
        bins.computeIfAbsent(at, k -> new Bin()).reserved += quantity;
        order(d).held.merge(at, quantity, Long::sum);
    }

    /** Checks the rules as the last command left them; call it once the whole log is read. */
    void check() {
        bins.forEach((at, bin) -> {
            if (bin.reserved > bin.onHand || bin.reserved < 0 || bin.onHand < 0) {
                breaches.add(position + ": " + at + " holds " + bin.onHand + " with "
                        + bin.reserved + " reserved");
            }
        });
        touched.forEach(this::check);
        touched.clear();
    }

    private void check(String id) {
        var order = orders.get(id);
        order.held.forEach((at, units) -> {
            if (units < 0) {
                breaches.add(position + ": " + id + " holds " + units + " at " + at);
            }
        });
        order.ordered.forEach((sku, wanted) -> {
            long has = order.reserved(sku) + order.picked.getOrDefault(sku, 0L);
            if (has > wanted) {
                breaches.add(position + ": " + id + " holds " + has + " of " + sku
                        + ", ordered " + wanted);
            }
        });
    }

    /** Units of this SKU on hand and reserved, over all locations. */
    long onHand(String sku) {
        return bins.entrySet().stream().filter(e -> e.getKey().startsWith(sku + "@"))
                .mapToLong(e -> e.getValue().onHand).sum();
    }

    long reserved(String sku) {
        return bins.entrySet().stream().filter(e -> e.getKey().startsWith(sku + "@"))
                .mapToLong(e -> e.getValue().reserved).sum();
    }
}
