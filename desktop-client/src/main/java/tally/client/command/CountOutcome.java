package tally.client.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.CommandResult;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.LogEvent;
import tally.client.ui.UiExecutor;

/**
 * What a count recorded, said the way the operator thinks of it: "Counted 4 of SKU-1 at
 * A-01-1: 2 fewer than recorded", or "matches, nothing recorded". The server's answer does not
 * carry the difference, so it is read from the log: the StockAdjusted event with this command's
 * id, at or just before the answer's position (a count that cuts reservations records those
 * after it). No such event means the count matched and the server recorded nothing.
 */
final class CountOutcome {
    /** How far back from the answer's position the count's own event can be. */
    static final int LOOK_BACK = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CountOutcome() {
    }

    /**
     * Reads the log in the background and says what the count recorded, unless the form has
     * moved on ({@code current} false); until then the plain "Counted …" line stands.
     */
    static void tell(TallyApi api, UiExecutor ui, Map<String, Object> body, CommandResult result,
                     BooleanSupplier current, Consumer<String> say) {
        ui.call(() -> around(api, result), log -> {
            if (current.getAsBoolean()) {
                say.accept(say(String.valueOf(body.get("countedQuantity")),
                        (String) body.get("sku"), (String) body.get("location"), result, log));
            }
        }, e -> { });
    }

    static EventLog around(TallyApi api, CommandResult result) {
        long after = Math.max(0, result.position() - LOOK_BACK);
        return api.events(after, (int) (result.position() - after));
    }

    static String say(String counted, String sku, String location, CommandResult result,
                      EventLog log) {
        String head = "Counted " + counted + " of " + sku + " at " + location + ": ";
        Optional<LogEvent> own = log.items().stream()
                .filter(e -> e.type().equals("StockAdjusted")
                        && result.commandId().equals(e.commandId()))
                .reduce((a, b) -> b);
        if (own.isEmpty()) {
            return head + "matches, nothing recorded.";
        }
        Long d = deltaOf(own.get());
        if (d == null) {
            return head + "the difference is recorded.";
        }
        return head + Math.abs(d) + (d < 0 ? " fewer" : " more") + " than recorded.";
    }

    /** The event's {@code delta}, or null when its data cannot be read. */
    private static Long deltaOf(LogEvent e) {
        try {
            JsonNode delta = JSON.readTree(e.data()).path("delta");
            return delta.canConvertToLong() ? delta.asLong() : null;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }
}
