package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.events.LocationEvent;
import tally.events.TallyEvent;

/**
 * given(events).when(command).then(events) or .thenRefused(refusal, words), decided as the
 * writer decides with its register of bins: the register is fed every given event, the bins'
 * aggregates are the register's, the products are replayed from their streams.
 */
final class BinFixture {
    private final BinRegister register;
    private final Map<String, Aggregate> products = new HashMap<>();
    private Command command;

    private BinFixture(LocationMode mode, List<TallyEvent> history) {
        register = new BinRegister(mode);
        var streams = new LinkedHashMap<String, List<TallyEvent>>();
        for (TallyEvent e : history) {
            register.apply(e);
            if (!(e instanceof LocationEvent)) {
                streams.computeIfAbsent(e.stream(), s -> new ArrayList<>()).add(e);
            }
        }
        streams.forEach((stream, events) -> products.put(stream, Decider.replay(stream, events)));
    }

    static BinFixture strict(TallyEvent... history) {
        return new BinFixture(LocationMode.STRICT, List.of(history));
    }

    static BinFixture open(TallyEvent... history) {
        return new BinFixture(LocationMode.OPEN, List.of(history));
    }

    BinFixture when(Command command) {
        this.command = command;
        return this;
    }

    void then(TallyEvent... expected) {
        Aggregate own = known(command.stream());
        long before = own.version();
        assertThat(Decider.decide(command, this::known, register)).containsExactly(expected);
        assertThat(own.version()).isEqualTo(before + expected.length);
    }

    void thenRefused(Class<? extends Refusal> refusal, String words) {
        Aggregate own = known(command.stream());
        long before = own.version();
        Throwable thrown = catchThrowable(() -> Decider.decide(command, this::known, register));
        assertThat(thrown).isInstanceOf(refusal).hasMessage(words);
        assertThat(own.version()).isEqualTo(before);
    }

    private Aggregate known(String stream) {
        if (stream.startsWith("location-")) {
            return register.bin(stream.substring("location-".length()));
        }
        return products.computeIfAbsent(stream, s -> Decider.replay(s, List.of()));
    }
}
