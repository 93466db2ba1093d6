package tally.client.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import tally.client.api.StreamListener;
import tally.client.api.StreamMessage;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.Reset;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/** Writes the fake's stream messages as {@code text/event-stream}. */
final class SseWriter implements StreamListener {
    private final ObjectMapper json;
    private final OutputStream out;
    private final CountDownLatch ended;

    SseWriter(ObjectMapper json, OutputStream out, CountDownLatch ended) {
        this.json = json;
        this.out = out;
        this.ended = ended;
    }

    @Override
    public void message(StreamMessage message) {
        switch (message) {
            case StockChanged(long id, StockDetail stock) -> write(id, "stock", stock);
            case LocationChanged(long id, LocationContents contents) ->
                    write(id, "location", contents);
            case ActivityAdded(long id, ActivityItem item) -> write(id, "activity", item);
            case ProjectionChanged(long id, ProjectionStatus status) ->
                    write(id, "projection", status);
            case OrderChanged(long id, OrderDetail order) -> write(id, "order", order);
            case Reset(long id) -> write(id, "reset", java.util.Map.of());
        }
    }

    @Override
    public void closed(Throwable cause) {
        ended.countDown();
    }

    private synchronized void write(long id, String event, Object data) {
        try {
            out.write(("id: " + id + "\nevent: " + event + "\ndata: "
                    + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            ended.countDown();
        }
    }
}
