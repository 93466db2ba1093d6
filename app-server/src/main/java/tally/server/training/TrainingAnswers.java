package tally.server.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The answers of docs/api.md, "Lessons for a class": nulls are written, not left out. */
final class TrainingAnswers {
    private TrainingAnswers() {
    }

    /** GET /api/training: both kinds of background work, each as its own route answers it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Training(Traffic traffic, History history) {
    }

    /** Simulated warehouse traffic; {@code startedAt} null when it never ran. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Traffic(boolean running, int commandsPerSecond, long accepted, long refused,
                   @Nullable Instant startedAt) {
    }

    /** A longer history; {@code toPosition} null while it runs, all 0/null before any. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record History(boolean running, long requested, long appended, long fromPosition,
                   @Nullable Long toPosition) {
    }

    /** The one command of the second operator, and where it left the product's stream. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SecondOperator(String user, String command, String sku, @Nullable String location,
                          int quantity, @Nullable String orderId, long position,
                          @Nullable Long version) {
    }
}
