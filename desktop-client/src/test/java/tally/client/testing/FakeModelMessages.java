package tally.client.testing;

import java.util.Map;
import tally.client.api.StreamListener;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.SkuQuantity;
import tally.client.testing.FakeWarehouse.Recorded;

/** What each of the fake server's read models tells a stream client of an event it applied. */
final class FakeModelMessages {
    private final FakeWarehouse warehouse;
    private final FakeOrders orders;
    private final Map<String, FakeReadModel> models;

    FakeModelMessages(FakeWarehouse warehouse, FakeOrders orders,
                      Map<String, FakeReadModel> models) {
        this.warehouse = warehouse;
        this.orders = orders;
        this.models = models;
    }

    void tell(StreamListener s, String model, Recorded r) {
        switch (model) {
            case "stock" -> {
                if (r.sku() != null) {
                    s.message(new StockChanged(r.position(), warehouse.detail(r.sku(),
                            r.position())));
                }
            }
            case "orders" -> {
                if (r.orderId() != null) {
                    s.message(new OrderChanged(r.position(), orders.detail(r.orderId(),
                            r.position())));
                }
            }
            case "locations" -> r.locations().forEach(l -> {
                var c = contents(l);
                s.message(new LocationChanged(r.position(),
                        new LocationContents(r.position(), l, c.items())));
            });
            default -> s.message(new ActivityAdded(r.position(), activityOf(r)));
        }
    }

    LocationContents contents(String location) {
        return new LocationContents(models.get("locations").position, location,
                warehouse.contents(location).entrySet().stream()
                        .map(e -> new SkuQuantity(e.getKey(), e.getValue())).toList());
    }

    static ActivityItem activityOf(Recorded r) {
        return new ActivityItem(r.position(), r.stream(), r.type(),
                "2026-01-05T10:15:30.123Z", r.user(), r.summary());
    }
}
