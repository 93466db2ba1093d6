package tally.client.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.PickItem;
import tally.client.ui.UiExecutor;

/**
 * The pick screen's calls, one at a time: an order with its pick list, and the commands. A
 * command keeps its id until it is answered, so a retry after no answer is not done twice.
 */
final class PickCalls {
    record Loaded(OrderDetail order, List<PickItem> items) {
    }

    private final TallyApi api;
    private final UiExecutor ui;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private String commandId;

    PickCalls(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    void load(String orderId, long minPosition, Consumer<Loaded> then,
              Consumer<RuntimeException> failed) {
        busy.set(true);
        ui.call(() -> new Loaded(api.order(orderId, minPosition),
                api.pickList(orderId, minPosition).items()), loaded -> {
                    busy.set(false);
                    then.accept(loaded);
                }, e -> {
                    busy.set(false);
                    failed.accept(e);
                });
    }

    /** Sends the command; {@code then} gets the log position it was recorded at. */
    void send(String command, Map<String, Object> fields, LongConsumer then,
              Consumer<RuntimeException> failed) {
        var body = new HashMap<String, Object>(fields);
        if (commandId == null) {
            commandId = UUID.randomUUID().toString();
        }
        body.put("commandId", commandId);
        busy.set(true);
        ui.call(() -> api.command(command, body), done -> {
            busy.set(false);
            commandId = null;
            then.accept(done.position());
        }, e -> {
            busy.set(false);
            // Refused, it was not recorded: the next try is a new command. Unanswered, it
            // may have been: the same id again lets the server answer from its record.
            if (e instanceof tally.client.api.ProblemException) {
                commandId = null;
            }
            failed.accept(e);
        });
    }
}
