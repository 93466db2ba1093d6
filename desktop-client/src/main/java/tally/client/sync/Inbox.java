package tally.client.sync;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import tally.client.ui.UiExecutor;

/**
 * Hands live updates to the UI thread in order, many per UI turn: a rebuild can push
 * thousands of messages a second, and one {@code runLater} each would swamp the FX queue.
 */
final class Inbox {
    private record Letter(int generation, LiveUpdate update) {
    }

    private final UiExecutor ui;
    private final IntPredicate current;
    private final Consumer<LiveUpdate> deliver;
    private final Queue<Letter> letters = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    /** Delivers each update on the UI thread unless its generation is no longer current. */
    Inbox(UiExecutor ui, IntPredicate current, Consumer<LiveUpdate> deliver) {
        this.ui = ui;
        this.current = current;
        this.deliver = deliver;
    }

    void post(int generation, LiveUpdate update) {
        letters.add(new Letter(generation, update));
        if (drainQueued.compareAndSet(false, true)) {
            ui.onUi(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        Letter letter;
        while ((letter = letters.poll()) != null) {
            if (current.test(letter.generation())) {
                deliver.accept(letter.update());
            }
        }
    }
}
