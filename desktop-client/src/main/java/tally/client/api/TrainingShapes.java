package tally.client.api;

/**
 * The answers of the trainer's lessons' routes ({@code /api/training}, docs/api.md), as records
 * read the way {@link WireShapes} reads the others: fields the server adds later are skipped.
 */
public final class TrainingShapes {
    private TrainingShapes() {
    }

    /** {@code GET /api/training}: the simulated traffic and the longer history, as they stand. */
    public record Training(Traffic traffic, History history) {
    }

    /** The simulated warehouse traffic; {@code startedAt} null when it never ran. */
    public record Traffic(boolean running, int commandsPerSecond, long accepted, long refused,
                          String startedAt) {
    }

    /** A longer history being appended; {@code toPosition} null while it runs. */
    public record History(boolean running, long requested, long appended, Long fromPosition,
                          Long toPosition) {
    }

    /**
     * {@code POST /api/training/second-operator}: the one command done as
     * {@code system:training}; {@code location} for a receive, {@code orderId} for an order,
     * {@code version} the product's version after it (null for an order).
     */
    public record SecondOperator(String user, String command, String sku, String location,
                                 long quantity, String orderId, long position, Long version) {
    }
}
