package tally.query.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import java.util.List;
import org.reactivestreams.Publisher;
import tally.query.engine.Projection;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.engine.status.ProjectionStatus;

/** {@code GET /api/stream}: the live read models as Server-Sent Events (see {@link LiveStream}). */
@Controller("/api/stream")
final class StreamController {
    private final LiveStream live;
    private final ReadModelSupervisor supervisor;

    StreamController(LiveStream live, ReadModelSupervisor supervisor) {
        this.live = live;
        this.supervisor = supervisor;
    }

    /** The stream written as it goes out, several messages to a write (see {@link LiveClient}). */
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<byte[]> stream(@Nullable @Header("Last-Event-ID") String lastEventId) {
        List<Projection.Change> hello = supervisor.lastPublished().stream()
                .map(ProjectionStatus::asChange).toList();
        return live.subscribe(lastEventId, hello);
    }
}
