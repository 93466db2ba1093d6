package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stock and the orders as the raw log has them, folded once, for the allocation's tests. */
final class AllocationLedger {
    private final List<JsonNode> log;
    /** Per "sku@bin": units there, and units reserved there. */
    private final Map<String, int[]> bins = new HashMap<>();
    /** Per "order/sku": ordered, reserved in all, and the last decision's backordered. */
    private final Map<String, int[]> lines = new LinkedHashMap<>();
    private final List<String> orders = new ArrayList<>();
    private final List<String> overReserved = new ArrayList<>();

    private AllocationLedger(List<JsonNode> log) {
        this.log = log;
        log.forEach(this::fold);
    }

    static AllocationLedger of(List<JsonNode> log) {
        return new AllocationLedger(log);
    }

    long head() {
        return log.getLast().get("position").asLong();
    }

    List<String> ordersPlaced() {
        return orders;
    }

    private void fold(JsonNode event) {
        JsonNode d = event.get("data");
        switch (event.get("type").asText()) {
            case "StockReceived" -> bin(d)[0] += d.get("quantity").asInt();
            case "StockReserved" -> {
                int[] bin = bin(d);
                bin[1] += d.get("quantity").asInt();
                if (bin[1] > bin[0]) {
                    overReserved.add(event.get("position") + ": " + d);
                }
                line(d.get("orderId").asText(), d.get("sku").asText())[1] += d.get("quantity").asInt();
            }
            case "OrderPlaced" -> {
                String orderId = d.get("orderId").asText();
                orders.add(orderId);
                d.get("lines").forEach(l -> line(orderId, l.get("sku").asText())[0] =
                        l.get("quantity").asInt());
            }
            case "OrderAllocated" -> d.get("lines").forEach(l -> line(d.get("orderId").asText(),
                    l.get("sku").asText())[2] = l.get("backordered").asInt());
            default -> { } // the test records no other kind that moves stock or orders
        }
    }

    private int[] bin(JsonNode data) {
        return bins.computeIfAbsent(data.get("sku").asText() + "@" + data.get("location").asText(),
                k -> new int[2]);
    }

    private int[] line(String orderId, String sku) {
        return lines.computeIfAbsent(orderId + "/" + sku, k -> new int[] {0, 0, -1});
    }

    int reservedFor(String orderId, String sku) {
        return lines.get(orderId + "/" + sku)[1];
    }

    int onHand(String sku) {
        return sum(sku, 0);
    }

    int reserved(String sku) {
        return sum(sku, 1);
    }

    private int sum(String sku, int column) {
        return bins.entrySet().stream().filter(e -> e.getKey().startsWith(sku + "@"))
                .mapToInt(e -> e.getValue()[column]).sum();
    }

    /** The allocation's command ids on events (appends of nothing are not among them). */
    long allocationCommandIds() {
        return log.stream().map(e -> e.get("commandId").asText())
                .filter(id -> id.startsWith("allocation-")).distinct().count();
    }

    /** A command id taken twice would show as one id on events that are not one run. */
    void assertEachAllocationIdIsOneAppend() {
        var first = new HashMap<String, Long>();
        var last = new HashMap<String, Long>();
        var count = new HashMap<String, Integer>();
        for (JsonNode e : log) {
            String id = e.get("commandId").asText();
            long position = e.get("position").asLong();
            first.putIfAbsent(id, position);
            last.put(id, position);
            count.merge(id, 1, Integer::sum);
        }
        count.forEach((id, n) -> assertThat(last.get(id) - first.get(id) + 1)
                .as("events of command %s", id).isEqualTo((long) n));
        assertThat(count.keySet()).as("the allocation's commands")
                .anyMatch(id -> id.startsWith("allocation-"));
    }

    void assertNoBinReservesMoreThanItHolds() {
        assertThat(overReserved).as("reservations above what the bin held").isEmpty();
    }

    /** Reserved plus the last backorder is what was ordered: reserved once, never twice. */
    void assertEachOrderAllocatedOnce() {
        lines.forEach((line, l) -> {
            assertThat(l[2]).as("%s answered by the allocation", line).isGreaterThanOrEqualTo(0);
            assertThat(l[1] + l[2]).as("%s reserved + backordered", line).isEqualTo(l[0]);
        });
    }

    /** Oldest first until the product has nothing free: a waiting line means nothing is free. */
    void assertNoStockFreeWhileAnOrderWaits() {
        lines.forEach((line, l) -> {
            String sku = line.substring(line.indexOf('/') + 1);
            if (l[2] > 0) {
                assertThat(reserved(sku)).as("%s waits while %s has free units", line, sku)
                        .isEqualTo(onHand(sku));
            }
        });
    }
}
