package tally.query.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ForwardingEventStore;
import tally.eventstore.h2.H2EventStore;
import tally.query.testing.Workload;

class LogReaderTest {
    @TempDir
    Path dir;
    private H2EventStore log;
    private final AtomicInteger reads = new AtomicInteger();
    private EventStore counted;

    @BeforeEach
    void open() {
        log = H2EventStore.open(EventStoreOptions.in(dir));
        counted = new Counting();
        Workload.append(log, new Workload(5, 10, 5).next(300));
    }

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void what_it_answers_is_what_the_log_holds_after_that_position() {
        var reader = new LogReader(counted, 50, Runnable::run);
        var random = new Random(3);
        for (int i = 0; i < 500; i++) {
            long after = random.nextInt(300);
            int limit = 1 + random.nextInt(80);
            List<StoredEvent> answer = reader.readAll(after, limit);
            List<StoredEvent> truth = log.readAll(after, limit);
            assertThat(answer).isNotEmpty().isEqualTo(truth.subList(0, answer.size()));
        }
    }

    @Test
    void a_page_read_ahead_where_the_log_ended_does_not_hide_what_came_since() {
        var reader = new LogReader(counted, 10, Runnable::run);
        reader.readAll(200, 100); // full: reads ahead after 300, where the log ends

        Workload.append(log, new Workload(6, 10, 5).next(5));

        assertThat(reader.readAll(300, 100)).hasSize(5);
    }

    @Test
    void runners_reading_the_newest_events_read_the_store_once() {
        var reader = new LogReader(counted, 100, Runnable::run);
        reader.readAll(250, 1000);

        for (int runner = 0; runner < 3; runner++) {
            assertThat(reader.readAll(260, 1000)).hasSize(40);
        }
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void catching_up_reads_the_next_page_ahead_and_shares_it() {
        var reader = new LogReader(counted, 10, Runnable::run);

        assertThat(reader.readAll(0, 100)).hasSize(100);
        assertThat(reads.get()).isEqualTo(2); // this page and, ahead, the next
        assertThat(reader.readAll(100, 100)).hasSize(100);
        assertThat(reader.readAll(100, 100)).hasSize(100);
        assertThat(reads.get()).isEqualTo(3);
    }

    /** The log, counting reads of all events; closed with the log, not by the reader. */
    private final class Counting extends ForwardingEventStore {
        Counting() {
            super(log);
        }

        @Override
        public List<StoredEvent> readAll(long afterPosition, int limit) {
            reads.incrementAndGet();
            return super.readAll(afterPosition, limit);
        }

        @Override
        public void close() {
        }
    }
}
