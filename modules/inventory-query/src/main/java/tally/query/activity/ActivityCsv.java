package tally.query.activity;

import io.micronaut.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import tally.query.CsvAnswer;
import tally.query.activity.ActivityAnswers.ActivityList;

/**
 * {@code GET /api/activity} as CSV: the columns of a JSON item, in its order; a user the log
 * did not record is an empty cell.
 */
final class ActivityCsv {
    static final List<String> HEADER = List.of("position", "stream", "type", "occurredAt",
            "user", "summary");

    private ActivityCsv() {
    }

    static HttpResponse<byte[]> of(ActivityList list) {
        // Arrays.asList, not List.of: the user may be null.
        return CsvAnswer.of("activity.csv", list.position(), HEADER, list.items(),
                item -> Arrays.asList(item.position(), item.stream(), item.type(),
                        item.occurredAt(), item.user(), item.summary()));
    }
}
