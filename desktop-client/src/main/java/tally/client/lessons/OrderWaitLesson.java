package tally.client.lessons;

import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.TrainingShapes.SecondOperator;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;

/** Lesson 6: an order waits, PLACED, while the allocation is paused; resumed, it is allocated. */
final class OrderWaitLesson extends Lesson {
    static final String ALLOCATION = "allocation";

    private OrderWaitCheck check;

    OrderWaitLesson(LessonContext c) {
        super(c, 6, new Words("Orders wait while the allocation is paused",
                "Press Set up: the allocation is paused and the second operator places an"
                        + " order for 1 unit of the first product. Open the Orders tab if you"
                        + " like, then press Resume on the allocation's card.",
                "The order stays PLACED (waiting for the allocation) as long as the allocation"
                        + " is paused; after Resume it becomes ALLOCATED within a moment.",
                "Placing an order only records it. The allocation is a follower of the log,"
                        + " like a read model, that reacts to new orders by reserving stock:"
                        + " paused, it reacts to nothing, and the orders wait for it."));
    }

    @Override
    void begin() {
        call(() -> {
            c.api.controlProjection(ALLOCATION, "pause");
            String sku = c.api.stock().items().getFirst().sku();
            return c.training().secondOperator(sku, "place-order");
        }, (SecondOperator done) -> {
            check = new OrderWaitCheck(done.orderId(), c.now());
            check.allocation("PAUSED", c.now());
            started("The allocation is paused; the second operator placed order "
                    + done.orderId() + " for 1 of " + done.sku() + " (position "
                    + Figures.count(done.position()) + ").");
        });
    }

    @Override
    void status(ProjectionStatus s, long now) {
        if (s.name().equals(ALLOCATION)) {
            check.allocation(s.state(), now);
        }
    }

    @Override
    void heard(LiveUpdate update, long now) {
        if (update instanceof Changed(OrderChanged(_, OrderDetail o))) {
            check.order(o.orderId(), o.status(), o.position(), now);
        }
    }

    @Override
    void tick(long now) {
        check.tick(now);
    }

    @Override
    Verdict judged() {
        return check.verdict();
    }
}
