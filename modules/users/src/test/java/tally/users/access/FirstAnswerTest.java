package tally.users.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.async.publisher.Publishers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** How the security filter reads its fetchers' and rules' answers without Reactor in between. */
class FirstAnswerTest {

    @Test
    void answers_given_while_subscribed_make_a_future_complete_on_return() {
        List<Publisher<String>> askers = List.of(Publishers.empty(), Publishers.just("unknown"),
                Publishers.just("allowed"), Publishers.just("never asked"));
        var asked = new ArrayList<Publisher<String>>();

        var answer = FirstAnswer.of(askers, a -> {
            asked.add(a);
            return a;
        }, s -> !s.equals("unknown"));

        assertThat(answer).isCompletedWithValue("allowed");
        assertThat(asked).as("in order, and none after the first that counts")
                .containsExactlyElementsOf(askers.subList(0, 3));
    }

    @Test
    void no_answer_that_counts_is_null() {
        var answer = FirstAnswer.of(List.of(Publishers.<String>empty(), Publishers.just("no")),
                a -> a, s -> s.equals("yes"));

        assertThat(answer).isCompletedWithValue(null);
    }

    @Test
    void an_answer_given_later_completes_the_future_then_and_takes_only_the_first_item() {
        // Answered when the test says so, not after 50 ms: a test thread that stalled that
        // long (a loaded machine) found the future done already
        var answers = Sinks.many().unicast().<String>onBackpressureBuffer();
        var later = answers.asFlux().publishOn(Schedulers.parallel());

        var answer = FirstAnswer.of(List.of(later), a -> a, s -> true);

        assertThat(answer).isNotDone();
        answers.tryEmitNext("first");
        answers.tryEmitNext("second");
        assertThat(answer.orTimeout(5, TimeUnit.SECONDS).join()).isEqualTo("first");
    }

    @Test
    void a_failure_is_passed_on_and_later_askers_are_not_asked() {
        var asked = new ArrayList<Publisher<String>>();
        List<Publisher<String>> askers = List.of(Mono.error(new IllegalStateException("down")),
                Publishers.just("never asked"));

        var answer = FirstAnswer.of(askers, a -> {
            asked.add(a);
            return a;
        }, s -> true);

        assertThat(answer).isCompletedExceptionally();
        Assertions.assertThatThrownBy(answer::join).isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("down");
        assertThat(asked).hasSize(1);
    }
}
