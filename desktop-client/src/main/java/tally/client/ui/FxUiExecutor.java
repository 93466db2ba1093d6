package tally.client.ui;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** The real one: {@link Platform#runLater} for the UI, daemon threads for the rest. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private final ExecutorService background = Executors.newCachedThreadPool(daemons("tally-io"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemons("tally-timer"));

    @Override
    public void onUi(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }

    @Override
    public void inBackground(Runnable task) {
        background.execute(task);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        var future = timer.schedule(() -> background.execute(task), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        background.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        var count = new AtomicInteger();
        return task -> {
            var thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
