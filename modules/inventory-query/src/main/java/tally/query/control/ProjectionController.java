package tally.query.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;
import tally.query.QueryException;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.engine.status.ProjectionStatus;

/**
 * The trainer's controls of docs/api.md, "Read models under control", plus {@code break} (an
 * extension): the read model's next event makes it throw, to show FAILED without bad data.
 * Each call answers the read model's status after it.
 */
@Controller("/api/projections")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProjectionController {
    static final long MAX_DELAY_MILLIS = 60_000;
    static final long MAX_EVENTS_PER_SECOND = 1_000_000;

    private final ReadModelSupervisor supervisor;

    ProjectionController(ReadModelSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Get
    List<ProjectionStatus> list() {
        return supervisor.statuses();
    }

    @Post("/{name}/pause")
    ProjectionStatus pause(String name) {
        return supervisor.pause(name);
    }

    @Post("/{name}/resume")
    ProjectionStatus resume(String name) {
        return supervisor.resume(name);
    }

    /** No body (or {@code {}}): full speed, as ever; {@code eventsPerSecond}: throttled. */
    @Post("/{name}/rebuild")
    ProjectionStatus rebuild(String name, @Nullable @Body JsonNode body) {
        supervisor.requireReadModel(name); // an unknown name is a 404 before a bad body a 400
        Long perSecond = eventsPerSecondOf(body);
        return perSecond == null ? supervisor.rebuild(name) : supervisor.rebuild(name, perSecond);
    }

    @Post("/{name}/break")
    ProjectionStatus breakNextEvent(String name) {
        return supervisor.breakNextEvent(name);
    }

    @Put("/{name}/delay")
    ProjectionStatus delay(String name, @Nullable @Body Map<String, Object> body) {
        supervisor.requireReadModel(name); // an unknown name is a 404 before a bad body a 400
        return supervisor.delay(name, delayOf(body));
    }

    /** Strict like the commands: a missing, mistyped or unknown field is a 400. */
    private static long delayOf(Map<String, Object> body) {
        if (body == null || !body.containsKey("delayMillis")) {
            throw new QueryException.Invalid("delayMillis", "is required");
        }
        for (String field : body.keySet()) {
            if (!field.equals("delayMillis")) {
                throw new QueryException.Invalid(field, "is not a field of this request");
            }
        }
        Object value = body.get("delayMillis");
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.longValue() < 0 || n.longValue() > MAX_DELAY_MILLIS) {
            throw new QueryException.Invalid("delayMillis",
                    "must be a whole number from 0 to " + MAX_DELAY_MILLIS);
        }
        return n.longValue();
    }

    /**
     * Strict like the delay, though the field may be left out (null then). Read as a JSON tree,
     * not a map, since a map drops an explicit {@code null}, which would pass for full speed.
     */
    private static Long eventsPerSecondOf(JsonNode body) {
        if (body == null || body.isNull()) {
            return null;
        }
        if (!body.isObject()) {
            throw new QueryException.Invalid("body", "must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : body.entries()) {
            if (!field.getKey().equals("eventsPerSecond")) {
                throw new QueryException.Invalid(field.getKey(), "is not a field of this request");
            }
        }
        if (body.size() == 0) {
            return null;
        }
        JsonNode value = body.get("eventsPerSecond");
        double n = value.isNumber() ? value.getNumberValue().doubleValue() : Double.NaN;
        if (n != Math.rint(n) || n < 1 || n > MAX_EVENTS_PER_SECOND) {
            throw new QueryException.Invalid("eventsPerSecond",
                    "must be a whole number from 1 to " + MAX_EVENTS_PER_SECOND);
        }
        return (long) n;
    }
}
