package tally.query.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The shapes of the {@code activity} read model's answer (docs/api.md, "Queries") and live
 * messages. Empty lists and null fields are written out: a client reads {@code items: []}.
 */
final class ActivityAnswers {
    private ActivityAnswers() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActivityList(long position, List<ActivityItem> items) {
    }

    /** {@code user} is null for events stored before the log recorded users: written as null. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActivityItem(long position, String stream, String type, String occurredAt,
                        String user, String summary) {
    }
}
