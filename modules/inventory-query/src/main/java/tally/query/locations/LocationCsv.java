package tally.query.locations;

import io.micronaut.http.HttpResponse;
import java.util.List;
import tally.query.CsvAnswer;
import tally.query.locations.LocationAnswers.LocationList;

/** {@code GET /api/locations} as CSV: the columns of a JSON item, in its order. */
final class LocationCsv {
    static final List<String> HEADER = List.of("location", "skus", "units");

    private LocationCsv() {
    }

    static HttpResponse<byte[]> of(LocationList list) {
        return CsvAnswer.of("locations.csv", list.position(), HEADER, list.items(),
                line -> List.of(line.location(), line.skus(), line.units()));
    }
}
