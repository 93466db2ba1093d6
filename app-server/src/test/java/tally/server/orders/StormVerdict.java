package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;

/**
 * What must hold after a storm once all is quiet, judged from the raw log folded from position
 * 1 ({@link ReservationLedger}) and from the orders and stock queries.
 */
final class StormVerdict {
    private StormVerdict() {
    }

    static ReservationLedger judge(OrderDesk desk, String sku, Storm storm) {
        long head = desk.settled();
        var ledger = new ReservationLedger();
        desk.readLog(0, ledger::apply);
        ledger.check();
        assertThat(ledger.position).isEqualTo(head);
        assertThat(ledger.breaches).as("reservation rules broken at some position").isEmpty();
        desk.quiet();

        assertThat(ledger.orders).as("every acknowledged order is in the log")
                .containsKeys(storm.placed.keySet().toArray(String[]::new));
        storm.cancelled.forEach(id -> assertThat(ledger.orders.get(id).closed).as(id).isTrue());
        var statuses = new HashMap<String, String>();
        desk.get("/api/orders?limit=1000").get("items").forEach(i ->
                statuses.put(i.get("orderId").asText(), i.get("status").asText()));
        assertThat(statuses).as("every order of the log is in GET /api/orders")
                .containsOnlyKeys(ledger.orders.keySet());
        assertThat(statuses).as("no order left PLACED once quiet").doesNotContainValue("PLACED");

        long wanted = 0;
        for (var entry : ledger.orders.entrySet()) {
            String id = entry.getKey();
            var order = entry.getValue();
            if (order.closed) {
                assertThat(order.reserved()).as(id + " is closed and holds no units").isZero();
                continue;
            }
            long ordered = order.ordered.get(sku);
            long picked = order.picked.getOrDefault(sku, 0L);
            wanted += ordered - picked;
            assertThat(order.allocated).as(id + " answered by the allocation").isTrue();
            assertThat(order.reserved(sku) + picked + order.backordered.get(sku))
                    .as(id + ": reserved + picked + backordered = ordered").isEqualTo(ordered);
            JsonNode line = desk.get("/api/orders/" + id).get("lines").get(0);
            assertThat(line.get("reserved").asLong()).as(id + " reserved, read model and log")
                    .isEqualTo(order.reserved(sku));
            assertThat(line.get("backordered").asLong()).as(id + " backordered")
                    .isEqualTo(order.backordered.get(sku));
        }

        long onHand = ledger.onHand(sku);
        assertThat(ledger.reserved(sku)).as("total reserved = min(total wanted, stock)")
                .isEqualTo(Math.min(wanted, onHand));
        JsonNode stock = desk.get("/api/stock/" + sku);
        assertThat(stock.get("onHand").asLong()).isEqualTo(onHand);
        assertThat(stock.get("reserved").asLong()).isEqualTo(ledger.reserved(sku));
        return ledger;
    }
}
