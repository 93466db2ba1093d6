package tally.query.orders;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Where an order stands, as GET /api/orders tells it (docs/api.md, "Orders"). */
enum OrderStatus {
    PLACED, ALLOCATED, PARTIAL, BACKORDERED, PICKED, SHIPPED, CANCELLED;

    /** Every status by name, for a refusal that says which ones there are. */
    static final String NAMES = Arrays.stream(values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /**
     * The status of an open order the allocation has answered, from its lines' figures: picked
     * in full, else reserved in full, else nothing reserved or picked yet, else a part.
     */
    static OrderStatus ofOpen(Collection<LineFigures> lines) {
        boolean allPicked = true;
        boolean anyBackordered = false;
        boolean anyReservedOrPicked = false;
        for (LineFigures line : lines) {
            allPicked &= line.picked() >= line.ordered();
            anyBackordered |= line.backordered() > 0;
            anyReservedOrPicked |= line.reserved() > 0 || line.picked() > 0;
        }
        if (allPicked) {
            return PICKED;
        }
        if (!anyBackordered) {
            return ALLOCATED;
        }
        return anyReservedOrPicked ? PARTIAL : BACKORDERED;
    }
}
