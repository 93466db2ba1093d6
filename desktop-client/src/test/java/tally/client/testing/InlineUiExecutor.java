package tally.client.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tally.client.ui.UiExecutor;

/** Runs everything at once on the caller's thread; scheduled work waits for {@link #runDue}. */
public final class InlineUiExecutor implements UiExecutor {
    public record Scheduled(Duration delay, Runnable task, boolean[] cancelled) {
    }

    private final List<Scheduled> scheduled = new ArrayList<>();

    @Override
    public void onUi(Runnable task) {
        task.run();
    }

    @Override
    public void inBackground(Runnable task) {
        task.run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        var s = new Scheduled(delay, task, new boolean[1]);
        scheduled.add(s);
        return () -> s.cancelled()[0] = true;
    }

    /** The delays of what is scheduled and not cancelled. */
    public List<Duration> pendingDelays() {
        return scheduled.stream().filter(s -> !s.cancelled()[0]).map(Scheduled::delay).toList();
    }

    /** Runs what was scheduled so far (as if its time had come), not what that schedules. */
    public void runDue() {
        var due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.stream().filter(s -> !s.cancelled()[0]).forEach(s -> s.task().run());
    }
}
