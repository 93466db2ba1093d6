package tally.query.testing;

import java.time.Duration;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.engine.status.ProjectionStatus;

/** Waits until a read model runs (no rebuild under way) at or past a position. */
public final class CaughtUp {
    private static final Duration SOON = Duration.ofSeconds(30);

    private CaughtUp() {
    }

    public static void await(ReadModelSupervisor supervisor, String name, long position) {
        Eventually.until(SOON, () -> {
            ProjectionStatus s = status(supervisor, name);
            return s.position() >= position && s.state().equals("RUNNING");
        }, () -> status(supervisor, name).toString());
    }

    private static ProjectionStatus status(ReadModelSupervisor supervisor, String name) {
        return supervisor.statuses().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
