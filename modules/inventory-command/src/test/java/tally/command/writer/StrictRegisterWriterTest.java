package tally.command.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.command.writer.CommandWriterTest.envelope;
import static tally.command.writer.WriterOnH2.problemOf;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.command.CommandAnswer;
import tally.command.CommandTestEventStore;
import tally.command.domain.Command;
import tally.command.domain.LocationCommand.DefineLocation;
import tally.command.domain.LocationCommand.RetireLocation;
import tally.command.domain.LocationMode;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.eventstore.h2.H2EventStore;

/**
 * The register of bins as the one writer keeps it on a strict site: what one command defines
 * the very next may use, however fast they follow each other; and after a restart the register
 * is read from the log, with the units each bin holds.
 */
class StrictRegisterWriterTest {
    private final H2EventStore store = CommandTestEventStore.open();
    private CommandWriter writer = new CommandWriter(store, 1000, LocationMode.STRICT);

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    private CompletableFuture<CommandAnswer> send(Command c) {
        return writer.submit(envelope(c, null, null, c.toString()));
    }

    @Test
    void a_receive_queued_right_behind_the_define_of_its_bin_is_never_refused() {
        send(new RegisterProduct("SKU-1", "Bolt", 0)).join();
        var answers = new ArrayList<CompletableFuture<CommandAnswer>>();
        for (int i = 0; i < 200; i++) {
            answers.add(send(new DefineLocation("Q-" + i, null, null, null)));
            answers.add(send(new ReceiveStock("SKU-1", "Q-" + i, 1, null)));
        }

        answers.forEach(CompletableFuture::join);
        assertThat(store.headPosition()).isEqualTo(401);
    }

    @Test
    void after_a_restart_the_register_and_what_each_bin_holds_are_read_from_the_log() {
        send(new RegisterProduct("SKU-1", "Bolt", 0)).join();
        send(new DefineLocation("A-1", null, null, null)).join();
        send(new DefineLocation("B-1", null, null, null)).join();
        send(new ReceiveStock("SKU-1", "A-1", 3, null)).join();
        writer.close();
        writer = new CommandWriter(store, 1000, LocationMode.STRICT);

        var full = send(new RetireLocation("A-1"));
        var empty = send(new RetireLocation("B-1"));
        var mistyped = send(new ReceiveStock("SKU-1", "b-1", 3, null));
        var pickedOut = send(new PickStock("SKU-1", "A-1", 3, null));

        assertThat(problemOf(full).getMessage()).contains("bin A-1 still holds 3 units");
        assertThat(empty.join().stream()).isEqualTo("location-B-1");
        assertThat(problemOf(mistyped).getMessage()).isEqualTo("bin b-1 is not in the register");
        pickedOut.join();
        assertThat(send(new RetireLocation("A-1")).join().stream()).isEqualTo("location-A-1");
        assertThat(store.headPosition()).isEqualTo(7);
    }

    @Test
    void on_a_log_no_other_writer_appends_to_the_register_reads_the_log_only_once() {
        var counted = new SlowEventStore(store, CompletableFuture.completedFuture(null));
        try (var alone = new CommandWriter(counted, 1000, LocationMode.STRICT)) {
            alone.submit(envelope(new DefineLocation("A-1", null, null, null), null, null, "d"))
                    .join();
            int pagesOfTheFirstRead = counted.pagesRead.get();
            var answers = new ArrayList<CompletableFuture<CommandAnswer>>();
            for (int i = 0; i < 300; i++) {
                Command c = i == 0 ? new RegisterProduct("SKU-1", "Bolt", 0)
                        : new ReceiveStock("SKU-1", "A-1", 1, null);
                answers.add(alone.submit(envelope(c, null, null, c.toString())));
            }

            answers.forEach(CompletableFuture::join);
            assertThat(pagesOfTheFirstRead).isEqualTo(1);
            assertThat(counted.pagesRead.get()).isEqualTo(pagesOfTheFirstRead);
        }
    }
}
