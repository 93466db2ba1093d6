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
 * given(events).when(command).then(events) or .thenRefused(refusal, words), decided as the
 * writer decides with its register of barcodes: the register is fed every given event and every
 * event decided, so one test may run several commands in a row, as the writer does.
 */
final class BarcodeFixture {
    private final BarcodeRegister register = new BarcodeRegister();
    private final Map<String, Aggregate> products = new HashMap<>();
    private ProductCommand command;

    private BarcodeFixture(List<TallyEvent> history) {
        var streams = new LinkedHashMap<String, List<TallyEvent>>();
        for (TallyEvent e : history) {
            register.apply(e);
            streams.computeIfAbsent(e.stream(), s -> new ArrayList<>()).add(e);
        }
        streams.forEach((stream, events) -> products.put(stream, Decider.replay(stream, events)));
    }

    static BarcodeFixture given(TallyEvent... history) {
        return new BarcodeFixture(List.of(history));
    }

    BarcodeFixture when(ProductCommand command) {
        this.command = command;
        return this;
    }

    BarcodeFixture then(TallyEvent... expected) {
        Aggregate own = known(command.stream());
        long before = own.version();
        List<TallyEvent> decided = decide();
        assertThat(decided).containsExactly(expected);
        assertThat(own.version()).isEqualTo(before + expected.length);
        decided.forEach(register::apply);
        return this;
    }

    BarcodeFixture thenRefused(Class<? extends Refusal> refusal, String words) {
        Aggregate own = known(command.stream());
        long before = own.version();
        Throwable thrown = catchThrowable(this::decide);
        assertThat(thrown).isInstanceOf(refusal).hasMessage(words);
        assertThat(own.version()).isEqualTo(before);
        return this;
    }

    String ownerOf(String barcode) {
        return register.ownerOf(barcode);
    }

    private List<TallyEvent> decide() {
        return Decider.decide(command, this::known, new BinRegister(LocationMode.OPEN), register);
    }

    private Aggregate known(String stream) {
        return products.computeIfAbsent(stream, s -> Decider.replay(s, List.of()));
    }
}
