package tally.users.access;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The first answer that counts from a list of askers, asked one after the other, each asker's
 * first item only; null if none answers. A publisher that answers while it is subscribed to (a
 * just or an empty) gives a future that is already complete, with no scheduler or operator in
 * between; one that answers later completes it then, on its own thread.
 */
final class FirstAnswer<T> extends CompletableFuture<T> implements Subscriber<T> {
    private Subscription subscription;

    static <A, T> CompletableFuture<T> of(List<A> askers, Function<A, Publisher<T>> ask,
                                          Predicate<T> counts) {
        return first(askers, 0, a -> firstItem(ask.apply(a)), counts);
    }

    /** The same over askers whose answer is a future (null for none). */
    static <A, T> CompletableFuture<T> ofFutures(List<A> askers,
                                                 Function<A, CompletableFuture<T>> ask) {
        return first(askers, 0, ask, t -> true);
    }

    private static <T> CompletableFuture<T> firstItem(Publisher<T> publisher) {
        var answer = new FirstAnswer<T>();
        publisher.subscribe(answer);
        return answer;
    }

    private static <A, T> CompletableFuture<T> first(List<A> askers, int index,
                                                     Function<A, CompletableFuture<T>> ask,
                                                     Predicate<T> counts) {
        if (index == askers.size()) {
            return CompletableFuture.completedFuture(null);
        }
        return ask.apply(askers.get(index)).thenCompose(t -> t != null && counts.test(t)
                ? CompletableFuture.completedFuture(t) : first(askers, index + 1, ask, counts));
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(T item) {
        subscription.cancel();
        complete(item);
    }

    @Override
    public void onError(Throwable failure) {
        completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        complete(null);
    }
}
