package tally.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

class SseParserTest {
    private final List<String> heard = new ArrayList<>();
    private final SseParser parser = new SseParser(new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
            new StreamListener() {
                public void message(StreamMessage message) {
                    heard.add(switch (message) {
                        case StockChanged(long id, StockDetail s) ->
                                id + " stock " + s.sku() + " " + s.onHand() + " " + s.locations();
                        case LocationChanged(long id, LocationContents c) ->
                                id + " location " + c.location() + " " + c.items().size();
                        case ActivityAdded(long id, ActivityItem a) ->
                                id + " activity " + a.summary() + " by " + a.user();
                        case ProjectionChanged(long id, ProjectionStatus p) ->
                                id + " projection " + p.name() + " " + p.state();
                        case OrderChanged(long id, OrderDetail o) -> id + " order " + o.orderId()
                                + " " + o.status() + " " + o.lines();
                        case Reset(long id) -> id + " reset";
                    });
                }

                public void closed(Throwable cause) {
                    heard.add("closed");
                }
            });

    private void feed(String text) throws Exception {
        for (String line : text.split("\n", -1)) {
            parser.line(line);
        }
    }

    @Test
    void reads_each_kind_of_message_with_its_position() throws Exception {
        feed("""
                id: 7
                event: stock
                data: {"position":7,"sku":"SKU-1","name":"W","onHand":3,"reorderPoint":0,
                data: "belowReorderPoint":false,"version":2,"locations":[{"location":"A","quantity":3,"reserved":1}],"extra":1}

                : a comment, e.g. a heartbeat
                id:8
                event:location
                data:{"position":8,"location":"A","items":[]}

                id: 9
                event: activity
                data: {"position":9,"stream":"product-SKU-1","type":"StockPicked","occurredAt":"x","user":"ann","summary":"picked 1"}

                id: 10
                event: order
                data: {"position":10,"orderId":"O-1","customer":"Acme","status":"PARTIAL","version":2,"placedAt":"t","lines":[{"sku":"SKU-1","ordered":5,"reserved":3,"picked":0,"backordered":2}]}

                event: projection
                data: {"name":"stock","position":9,"headPosition":9,"lag":0,"lagMillis":0,"state":"PAUSED","delayMillis":0}

                id: 12
                event: reset
                data: {}

                event: something-new
                data: {"ignored":true}

                """);
        assertThat(heard).containsExactly(
                "7 stock SKU-1 3 [LocationQuantity[location=A, quantity=3, reserved=1]]",
                "8 location A 0", "9 activity picked 1 by ann",
                "10 order O-1 PARTIAL [OrderLine[sku=SKU-1, ordered=5, reserved=3, picked=0,"
                        + " backordered=2]]",
                "10 projection stock PAUSED", "12 reset");
    }
}
