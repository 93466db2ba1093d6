package tally.query.bins;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The shapes of the {@code bins} read model's answers (docs/api.md, "Bins that exist") and
 * live messages. Null fields are written out: a bin without a name says {@code name: null}.
 */
public final class BinAnswers {
    private BinAnswers() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BinList(long position, List<BinLine> items) {
    }

    @Serdeable
    @Introspected
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BinLine(String location, @Nullable String name, @Nullable String zone,
                   @Nullable Integer capacity, boolean retired, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BinView(long position, String location, @Nullable String name,
                   @Nullable String zone, @Nullable Integer capacity, boolean retired,
                   long version) {
    }
}
