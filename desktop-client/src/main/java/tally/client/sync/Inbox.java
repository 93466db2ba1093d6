package tally.client.sync;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import tally.client.ui.UiExecutor;

/**
 * Hands stream messages to the UI thread in order, many per UI turn: a rebuild can push
 * thousands of messages a second, and one {@code runLater} each would swamp the FX queue.
 */
final class Inbox {
    private record Letter(int generation, IntPredicate current, Runnable task) {
    }

    private final UiExecutor ui;
    private final Queue<Letter> letters = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    Inbox(UiExecutor ui) {
        this.ui = ui;
    }

    /** Runs {@code task} on the UI thread, unless its generation is no longer current by then. */
    void post(int generation, IntPredicate current, Runnable task) {
        letters.add(new Letter(generation, current, task));
        if (drainQueued.compareAndSet(false, true)) {
            ui.onUi(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        Letter letter;
        while ((letter = letters.poll()) != null) {
            if (letter.current().test(letter.generation())) {
                letter.task().run();
            }
        }
    }
}
