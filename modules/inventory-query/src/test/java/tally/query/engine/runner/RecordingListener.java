package tally.query.engine.runner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tally.query.engine.Projection;

/** What a runner told its listener, for tests. */
final class RecordingListener implements ProjectionRunner.Listener {
    /** {@code atMillis}: the wall clock when the listener was told, after the commit. */
    record Commit(String name, long position, List<Projection.Change> changes, long atMillis) {
    }

    final List<Commit> commits = new CopyOnWriteArrayList<>();
    final AtomicInteger resets = new AtomicInteger();
    final List<String> states = new CopyOnWriteArrayList<>();

    @Override
    public void committed(ProjectionRunner runner, long position, List<Projection.Change> changes) {
        commits.add(new Commit(runner.name(), position, changes, System.currentTimeMillis()));
    }

    @Override
    public void reset(ProjectionRunner runner) {
        resets.incrementAndGet();
    }

    @Override
    public boolean listening() {
        return true;
    }

    @Override
    public void stateChanged(ProjectionRunner runner) {
        states.add(runner.name() + ":" + runner.controls().state());
    }
}
