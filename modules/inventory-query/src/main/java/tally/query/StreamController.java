package tally.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;

/** {@code GET /api/stream}: the live read models as Server-Sent Events (see {@link LiveStream}). */
@Controller("/api/stream")
final class StreamController {
    private final LiveStream live;

    StreamController(LiveStream live) {
        this.live = live;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> stream(@Nullable @Header("Last-Event-ID") String lastEventId) {
        return live.subscribe(lastEventId);
    }
}
