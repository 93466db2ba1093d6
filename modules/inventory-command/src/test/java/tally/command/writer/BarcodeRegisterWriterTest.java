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
import tally.command.domain.LocationMode;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.ProductCommand.UnassignBarcode;
import tally.events.Gtin;
import tally.eventstore.h2.H2EventStore;

/**
 * The register of barcodes as the one writer keeps it: a barcode assigned by one command is
 * taken for the very next, for whichever product; after a restart it is read from the log.
 */
class BarcodeRegisterWriterTest {
    private final H2EventStore store = CommandTestEventStore.open();
    private CommandWriter writer = new CommandWriter(store, 1000, LocationMode.OPEN);

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    private CompletableFuture<CommandAnswer> send(Command c) {
        return writer.submit(envelope(c, null, null, c.toString()));
    }

    @Test
    void of_two_products_sent_the_same_barcode_at_once_only_the_first_gets_it() {
        send(new RegisterProduct("SKU-1", "Bolt", 0)).join();
        send(new RegisterProduct("SKU-2", "Nut", 0)).join();
        var first = new ArrayList<CompletableFuture<CommandAnswer>>();
        var second = new ArrayList<CompletableFuture<CommandAnswer>>();
        for (int i = 0; i < 100; i++) {
            String code = Gtin.withCheckDigit("400000" + String.format("%06d", i));
            first.add(send(new AssignBarcode("SKU-1", code)));
            second.add(send(new AssignBarcode("SKU-2", code)));
        }

        first.forEach(CompletableFuture::join);
        for (var refused : second) {
            assertThat(problemOf(refused).getMessage()).contains("is already an alias of SKU-1");
        }
        assertThat(store.headPosition()).isEqualTo(102);
    }

    @Test
    void after_a_restart_the_barcodes_are_read_from_the_log() {
        send(new RegisterProduct("SKU-1", "Bolt", 0)).join();
        send(new RegisterProduct("SKU-2", "Nut", 0)).join();
        send(new AssignBarcode("SKU-1", "4006381333931")).join();
        send(new AssignBarcode("SKU-1", "012345678905")).join();
        send(new UnassignBarcode("SKU-1", "012345678905")).join();
        writer.close();
        writer = new CommandWriter(store, 1000, LocationMode.OPEN);

        var taken = send(new AssignBarcode("SKU-2", "04006381333931"));
        var free = send(new AssignBarcode("SKU-2", "012345678905"));

        assertThat(problemOf(taken).getMessage())
                .isEqualTo("barcode 04006381333931 is already an alias of SKU-1: unassign it"
                        + " there first");
        assertThat(free.join().position()).isEqualTo(6);
    }
}
