package tally.query.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.StoredEvent;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.FollowerControls;
import tally.eventstore.h2.H2EventStore;
import tally.query.engine.EventFailed;
import tally.query.engine.Projection;
import tally.query.testing.Eventually;
import tally.query.testing.EveryProjection;
import tally.query.testing.ViewsDatabase;
import tally.query.testing.Workload;

/** Runners against a real event log and a real views database. */
class ProjectionRunnerTest {
    private static final Duration SOON = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private H2EventStore store;
    private LogReader recent;
    private final ViewsDatabase db = new ViewsDatabase();
    private final RecordingListener listener = new RecordingListener();
    private final List<ProjectionRunner> started = new ArrayList<>();
    private final Workload workload = new Workload(7, 20, 8);

    @BeforeEach
    void open() {
        store = H2EventStore.open(EventStoreOptions.in(dir));
        recent = new LogReader(store, 500, Runnable::run);
    }

    @AfterEach
    void close() throws Exception {
        started.forEach(ProjectionRunner::stop);
        store.close();
        db.close();
    }

    private ProjectionRunner start(Projection projection, boolean withDoorbell) {
        var runner = new ProjectionRunner(projection, recent, db.transactor(), listener);
        if (withDoorbell) {
            store.doorbell().register(runner);
        }
        runner.start();
        started.add(runner);
        return runner;
    }

    private static void awaitPosition(ProjectionRunner runner, long position) {
        Eventually.until(SOON, () -> runner.position() >= position,
                () -> runner.name() + " at " + runner.position() + ", not " + position);
    }

    @Test
    void catches_up_at_start_with_the_events_already_in_the_log() {
        long head = Workload.append(store, workload.next(300));

        ProjectionRunner runner = start(EveryProjection.named("stock"), false);

        awaitPosition(runner, head);
        assertThat(db.checkpoint("stock")).isEqualTo(head);
    }

    @Test
    void a_doorbell_notice_wakes_it_well_before_the_tick() {
        // A tick far beyond the wait below: only the doorbell can wake it in time, and no
        // stopwatch is needed, which a loaded machine would blow without a doorbell missing
        var runner = new ProjectionRunner(EveryProjection.named("activity"), recent,
                db.transactor(), listener, Duration.ofMinutes(10).toMillis());
        store.doorbell().register(runner);
        runner.start();
        started.add(runner);
        Workload.append(store, workload.next(1));
        awaitPosition(runner, 1);
        Eventually.until(SOON, () -> listener.commits.size() == 1);
        sleep(50); // let the runner go back to waiting

        long head = Workload.append(store, workload.next(1));

        awaitPosition(runner, head);
    }

    @Test
    void without_any_doorbell_the_tick_still_applies_new_events() {
        ProjectionRunner runner = start(EveryProjection.named("activity"), false);
        long head = Workload.append(store, workload.next(5));

        awaitPosition(runner, head);
        assertThat(db.rows("SELECT COUNT(*) FROM activity").get(0).get(0)).isEqualTo(5L);
    }

    @Test
    void a_restarted_runner_goes_on_from_its_checkpoint_and_applies_nothing_twice() {
        ProjectionRunner first = start(EveryProjection.named("activity"), true);
        awaitPosition(first, Workload.append(store, workload.next(40)));
        first.stop();
        long head = Workload.append(store, workload.next(30));

        ProjectionRunner second = start(EveryProjection.named("activity"), true);

        awaitPosition(second, head);
        assertThat(db.rows("SELECT COUNT(*), COUNT(DISTINCT position), MAX(position) FROM activity")
                .get(0)).containsExactly(70L, 70L, 70L);
    }

    @Test
    void a_failing_event_leaves_it_failed_at_the_event_before_and_resume_goes_on_from_there() {
        var failing = new FailingAt(EveryProjection.named("stock"), 5);
        long head = Workload.append(store, workload.next(8));

        ProjectionRunner runner = start(failing, true);

        Eventually.until(SOON, () -> runner.controls().state() == FollowerControls.State.FAILED);
        assertThat(runner.position()).isEqualTo(4);
        assertThat(db.checkpoint("stock")).isEqualTo(4);
        assertThat(runner.controls().lastError()).contains("position 5", "disk on fire");

        failing.healed = true;
        runner.controls().resume();
        runner.wake();
        awaitPosition(runner, head);
        assertThat(runner.controls().state()).isEqualTo(FollowerControls.State.RUNNING);
        assertThat(runner.controls().lastError()).isNull();
        assertThat(db.everyRow()).isEqualTo(foldedAtOnce(EveryProjection.named("stock")));
    }

    @Test
    void break_fails_on_the_next_event_without_applying_it_and_resume_applies_it() {
        ProjectionRunner runner = start(EveryProjection.named("locations"), true);
        awaitPosition(runner, Workload.append(store, workload.next(10)));

        runner.controls().armBreak();
        long head = Workload.append(store, workload.next(3));

        Eventually.until(SOON, () -> runner.controls().state() == FollowerControls.State.FAILED);
        assertThat(db.checkpoint("locations")).isEqualTo(10);
        assertThat(runner.controls().lastError()).contains("position 11", "on purpose");
        runner.controls().resume();
        runner.wake();
        awaitPosition(runner, head);
        assertThat(db.everyRow()).isEqualTo(foldedAtOnce(EveryProjection.named("locations")));
    }

    @Test
    void one_failing_read_model_leaves_the_others_running() {
        ProjectionRunner failing = start(new FailingAt(EveryProjection.named("stock"), 3), true);
        ProjectionRunner healthy = start(EveryProjection.named("activity"), true);

        long head = Workload.append(store, workload.next(20));

        awaitPosition(healthy, head);
        Eventually.until(SOON, () -> failing.controls().state() == FollowerControls.State.FAILED);
        assertThat(failing.position()).isEqualTo(2);
    }

    @Test
    void a_paused_read_model_applies_nothing_until_resumed() {
        ProjectionRunner runner = start(EveryProjection.named("stock"), true);
        awaitPosition(runner, Workload.append(store, workload.next(10)));

        runner.controls().pause();
        runner.awaitStep();
        long head = Workload.append(store, workload.next(10));
        sleep(300);
        assertThat(runner.position()).isEqualTo(10);
        assertThat(runner.controls().state()).isEqualTo(FollowerControls.State.PAUSED);

        runner.controls().resume();
        runner.wake();
        awaitPosition(runner, head);
    }

    @Test
    void a_delayed_read_model_applies_each_event_only_once_it_is_that_old() {
        ProjectionRunner runner = start(EveryProjection.named("activity"), true);
        runner.controls().delay(600);

        long head = Workload.append(store, workload.next(1));
        StoredEvent event = store.readAll(0, 1).get(0);

        awaitPosition(runner, head);
        // The listener hears of a commit just after its position shows (CI saw none once)
        Eventually.until(SOON, () -> listener.commits.size() == 1);
        // Judged by when it committed, not by a look 200 ms after the append: that look found
        // it applied whenever this thread stalled 400 ms, as it can on a loaded machine
        assertThat(listener.commits).singleElement()
                .satisfies(c -> assertThat(c.atMillis() - event.occurredAt().toEpochMilli())
                        .isGreaterThanOrEqualTo(600));
    }

    @Test
    void a_rebuilt_read_model_equals_the_live_one() {
        List<ProjectionRunner> runners = List.of(start(EveryProjection.named("stock"), true),
                start(EveryProjection.named("locations"), true),
                start(EveryProjection.named("activity"), true));
        for (int i = 0; i < 20; i++) {
            Workload.append(store, workload.next(100)); // many small batches, as in real life
        }
        long head = store.headPosition();
        runners.forEach(r -> awaitPosition(r, head));
        var live = db.everyRow();

        runners.forEach(r -> {
            r.controls().rebuild();
            r.wake();
        });
        Eventually.until(SOON, () -> listener.states.contains("stock:REBUILDING"));
        runners.forEach(r -> Eventually.until(SOON, () -> r.position() >= head
                && r.controls().state() == FollowerControls.State.RUNNING));

        assertThat(db.everyRow()).isEqualTo(live);
        Eventually.until(SOON, () -> listener.resets.get() == 3);
    }

    @Test
    void rebuilding_an_empty_log_ends_at_once() {
        ProjectionRunner runner = start(EveryProjection.named("stock"), true);

        runner.controls().rebuild();
        runner.wake();

        Eventually.until(SOON, () -> listener.states.contains("stock:RUNNING"));
        assertThat(runner.controls().state()).isEqualTo(FollowerControls.State.RUNNING);
    }

    /** The rows one projection gives folding the whole log in one batch on a fresh database. */
    private List<List<Object>> foldedAtOnce(Projection projection) {
        try (var fresh = new ViewsDatabase()) {
            fresh.transactor().inTransaction(c -> projection.apply(c, store.readAll(0, 100_000), true));
            return fresh.everyRow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A projection that throws on one position until healed. */
    static final class FailingAt implements Projection {
        private final Projection inner;
        private final long position;
        volatile boolean healed;

        FailingAt(Projection inner, long position) {
            this.inner = inner;
            this.position = position;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public void clear(Connection c) throws SQLException {
            inner.clear(c);
        }

        @Override
        public List<Change> apply(Connection c, List<StoredEvent> events, boolean describe)
                throws SQLException {
            for (int i = 0; i < events.size(); i++) {
                if (!healed && events.get(i).position() == position) {
                    throw new EventFailed(i, events.get(i), new IllegalStateException("disk on fire"));
                }
            }
            return inner.apply(c, events, describe);
        }
    }
}
