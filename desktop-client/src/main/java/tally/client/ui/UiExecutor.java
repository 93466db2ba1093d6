package tally.client.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where work runs: HTTP calls in the background, their results back on the UI thread. The
 * console uses {@link FxUiExecutor}; view-model tests use an inline one so that nothing waits.
 */
public interface UiExecutor {

    /** Runs on the UI (FX application) thread, later. */
    void onUi(Runnable task);

    /** Runs off the UI thread. */
    void inBackground(Runnable task);

    /** Runs in the background after a delay; the handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    interface Cancellable {
        void cancel();
    }

    /** Calls {@code work} in the background and hands its answer or failure to the UI thread. */
    default <T> void call(Callable<T> work, Consumer<? super T> onAnswer,
                          Consumer<? super RuntimeException> onFailure) {
        inBackground(() -> {
            T answer;
            try {
                answer = work.call();
            } catch (RuntimeException e) {
                onUi(() -> onFailure.accept(e));
                return;
            } catch (Exception e) {
                onUi(() -> onFailure.accept(new IllegalStateException(e)));
                return;
            }
            onUi(() -> onAnswer.accept(answer));
        });
    }
}
