package tally.query.control;

import io.micronaut.management.health.indicator.HealthResult;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A health check's answer as a future: complete on return when the check answered at once (as
 * ours do, and the framework's {@code Mono.just}), later when it answers later. Null when it
 * answered nothing, as an empty publisher: such a check is left out, as the framework's merge
 * leaves it out.
 */
final class AnsweredAtOnce implements Subscriber<HealthResult> {
    private final CompletableFuture<HealthResult> answer = new CompletableFuture<>();
    private HealthResult last;

    static CompletableFuture<HealthResult> of(Publisher<HealthResult> check) {
        var subscriber = new AnsweredAtOnce();
        check.subscribe(subscriber);
        return subscriber.answer;
    }

    @Override
    public void onSubscribe(Subscription s) {
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(HealthResult result) {
        last = result;
    }

    @Override
    public void onError(Throwable t) {
        answer.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        answer.complete(last);
    }
}
