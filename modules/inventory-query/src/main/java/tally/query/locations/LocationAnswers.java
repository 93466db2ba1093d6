package tally.query.locations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The shapes of the {@code locations} read model's answers (docs/api.md, "Queries") and live
 * messages. Empty lists and null fields are written out: a client reads {@code items: []}.
 */
final class LocationAnswers {
    private LocationAnswers() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocationList(long position, List<LocationLine> items) {
    }

    @Serdeable
    @Introspected
    record LocationLine(String location, int skus, long units) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocationView(long position, String location, List<SkuQuantity> items) {
    }

    @Serdeable
    record SkuQuantity(String sku, long quantity) {
    }
}
