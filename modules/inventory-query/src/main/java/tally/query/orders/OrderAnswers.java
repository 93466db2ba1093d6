package tally.query.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The shapes of the {@code orders} read model's answers (docs/api.md, "Orders") and live
 * messages; a line is a {@link LineFigures}. Empty lists and null fields (an order placed for
 * no named customer) are written out: a client reads {@code "customer": null}.
 */
public final class OrderAnswers {
    private OrderAnswers() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderList(long position, List<OrderSummary> items) {
    }

    /** One order in the list; {@code lines} is how many lines it has. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderSummary(String orderId, String customer, OrderStatus status, int lines,
                        String placedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderView(long position, String orderId, String customer, OrderStatus status,
                     long version, String placedAt, List<LineFigures> lines) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PickList(long position, String orderId, List<PickItem> items) {
    }

    @Serdeable
    public record PickItem(String sku, String location, long quantity) {
    }
}
