package tally.query.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.FollowerControls.State;
import tally.eventstore.h2.H2EventStore;
import tally.query.testing.Eventually;
import tally.query.testing.EveryProjection;
import tally.query.testing.ViewsDatabase;
import tally.query.testing.Workload;

/**
 * A rebuild at a trainer's pace, against a real log and views database. Times are only ever
 * checked from below (it may not be faster than the pace): a loaded machine is only slower.
 */
class ThrottledRebuildTest {
    private static final Duration SOON = Duration.ofSeconds(20);
    /** Clock granularity between this thread's stopwatch and the runner's. */
    private static final long SLACK_NANOS = Duration.ofMillis(20).toNanos();

    @TempDir
    Path dir;
    private H2EventStore store;
    private final ViewsDatabase db = new ViewsDatabase();
    private final RecordingListener listener = new RecordingListener();
    private ProjectionRunner runner;
    private long head;
    private List<List<Object>> live;

    @BeforeEach
    void a_caught_up_stock_read_model() {
        store = H2EventStore.open(EventStoreOptions.in(dir));
        head = Workload.append(store, new Workload(3, 20, 8).next(600));
        runner = started();
        awaitRunningAt(head);
        live = db.everyRow();
    }

    @AfterEach
    void close() throws Exception {
        runner.stop();
        store.close();
        db.close();
    }

    private ProjectionRunner started() {
        var r = new ProjectionRunner(EveryProjection.named("stock"),
                new LogReader(store, 500, Runnable::run), db.transactor(), listener);
        store.doorbell().register(r);
        r.start();
        return r;
    }

    private void rebuild(long perSecond) {
        runner.controls().rebuild(perSecond);
        runner.wake();
    }

    private void awaitRunningAt(long position) {
        Eventually.until(SOON, () -> runner.position() >= position
                && runner.controls().state() == State.RUNNING,
                () -> runner.controls().state() + " at " + runner.position());
    }

    /** Once the rebuild has emptied the read model and applied its first batch again. */
    private void awaitRebuildUnderWay() {
        Eventually.until(SOON, () -> listener.states.contains("stock:REBUILDING"));
        Eventually.until(SOON, () -> runner.position() > 0, () -> "at " + runner.position());
    }

    @Test
    void k_events_take_at_least_k_over_n_seconds_and_end_at_the_head_as_a_full_rebuild_does() {
        long t0 = System.nanoTime();
        rebuild(1_000);
        assertThat(runner.controls().rebuildEventsPerSecond()).isEqualTo(1_000);

        awaitRunningAt(head);

        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(
                Duration.ofSeconds(head).dividedBy(1_000).toNanos() - SLACK_NANOS);
        assertThat(db.everyRow()).isEqualTo(live);
        assertThat(db.checkpoint("stock")).isEqualTo(head);
        assertThat(runner.controls().rebuildEventsPerSecond()).isNull();
        assertThat(listener.commits.size()).as("batches of 50, not one per event")
                .isLessThan((int) head / 10);
    }

    @Test
    void paused_midway_it_stays_put_and_resumed_it_goes_on_at_the_pace_without_a_burst() {
        rebuild(300);
        awaitRebuildUnderWay();
        runner.controls().pause();
        runner.awaitStep();
        long pausedAt = runner.position();
        assertThat(pausedAt).isLessThan(head);
        sleep(300); // nothing may apply while paused: give it the chance to
        assertThat(runner.position()).isEqualTo(pausedAt);
        assertThat(runner.controls().state()).isEqualTo(State.PAUSED);
        assertThat(runner.controls().rebuildEventsPerSecond()).isEqualTo(300);

        long t0 = System.nanoTime();
        runner.controls().resume();
        runner.wake();
        awaitRunningAt(head);

        long rest = head - pausedAt - 15; // one batch (300/20) may go at once after the pause
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(
                rest * 1_000_000_000L / 300 - SLACK_NANOS);
        assertThat(db.everyRow()).isEqualTo(live);
    }

    @Test
    void a_second_rebuild_at_full_speed_starts_over_and_ends_at_once() {
        rebuild(1);
        awaitRebuildUnderWay();

        rebuild(0);
        awaitRunningAt(head);

        assertThat(db.everyRow()).isEqualTo(live);
        assertThat(runner.controls().rebuildEventsPerSecond()).isNull();
    }

    @Test
    void broken_midway_it_fails_and_resumed_it_rebuilds_the_rest() {
        rebuild(400);
        awaitRebuildUnderWay();

        runner.controls().armBreak();
        Eventually.until(SOON, () -> runner.controls().state() == State.FAILED);
        assertThat(runner.position()).isLessThan(head);
        assertThat(runner.controls().rebuildEventsPerSecond()).isEqualTo(400);
        runner.controls().resume();
        runner.wake();

        awaitRunningAt(head);
        assertThat(db.everyRow()).isEqualTo(live);
    }

    @Test
    void stopped_midway_it_stops_at_its_checkpoint_and_a_restart_goes_on_from_there() {
        rebuild(1);
        awaitRebuildUnderWay();

        runner.stop();

        assertThat(runner.stopped()).isTrue();
        long stoppedAt = runner.position();
        assertThat(stoppedAt).isLessThan(head).isEqualTo(db.checkpoint("stock"));
        runner = started(); // as a server restart: on from the checkpoint, at full speed
        awaitRunningAt(head);
        assertThat(db.everyRow()).isEqualTo(live);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
