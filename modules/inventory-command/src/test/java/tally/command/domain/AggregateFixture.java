package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.events.TallyEvent;

/**
 * given(events of any streams).when(command).then(events) or .thenRefused(refusal, words): the
 * aggregates are replayed from the given events by stream, and the command decided by
 * {@link Decider} as the writer decides it, with whatever it consults.
 */
final class AggregateFixture {
    private final Map<String, Aggregate> aggregates = new HashMap<>();
    private Command command;

    private AggregateFixture(List<TallyEvent> history) {
        var streams = new LinkedHashMap<String, List<TallyEvent>>();
        history.forEach(e -> streams.computeIfAbsent(e.stream(), s -> new ArrayList<>()).add(e));
        streams.forEach((stream, events) -> aggregates.put(stream, Decider.replay(stream, events)));
    }

    static AggregateFixture given(TallyEvent... history) {
        return new AggregateFixture(List.of(history));
    }

    AggregateFixture when(Command command) {
        this.command = command;
        return this;
    }

    /** The events recorded, and the command's aggregate as they left it. */
    Aggregate then(TallyEvent... expected) {
        Aggregate own = known(command.stream());
        long before = own.version();
        assertThat(Decider.decide(command, this::known)).containsExactly(expected);
        assertThat(own.version()).isEqualTo(before + expected.length);
        return own;
    }

    void thenRefused(Class<? extends Refusal> refusal, String words) {
        Aggregate own = known(command.stream());
        long before = own.version();
        Throwable thrown = catchThrowable(() -> Decider.decide(command, this::known));
        assertThat(thrown).isInstanceOf(refusal).hasMessageContaining(words);
        assertThat(own.version()).isEqualTo(before);
    }

    /** As the writer has it: a stream never written to is an empty aggregate. */
    private Aggregate known(String stream) {
        return aggregates.computeIfAbsent(stream, s -> Decider.replay(s, List.of()));
    }
}
