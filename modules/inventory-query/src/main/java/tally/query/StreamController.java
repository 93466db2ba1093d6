package tally.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import java.util.List;
import org.reactivestreams.Publisher;

/** {@code GET /api/stream}: the live read models as Server-Sent Events (see {@link LiveStream}). */
@Controller("/api/stream")
final class StreamController {
    private final LiveStream live;
    private final Projections projections;

    StreamController(LiveStream live, Projections projections) {
        this.live = live;
        this.projections = projections;
    }

    /** The stream written as it goes out, several messages to a write (see {@link LiveClient}). */
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<byte[]> stream(@Nullable @Header("Last-Event-ID") String lastEventId) {
        List<Projection.Change> hello = projections.lastPublished().stream()
                .map(s -> new Projection.Change("projection", s)).toList();
        return live.subscribe(lastEventId, hello);
    }
}
