package tally.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import tally.query.engine.Projection;
import tally.query.testing.Eventually;

class LiveStreamTest {
    private final LiveStream live = new LiveStream(JsonMapper.createDefault(), 50, 20);

    /** A client that reads only when told to. */
    static final class Reader extends BaseSubscriber<byte[]> {
        final List<String> got = new CopyOnWriteArrayList<>();
        volatile boolean completed;
        private final long initial;

        Reader(long initial) {
            this.initial = initial;
        }

        @Override
        protected void hookOnSubscribe(Subscription s) {
            if (initial > 0) {
                s.request(initial);
            }
        }

        /** A write may carry several messages: each becomes "kind@id data". */
        @Override
        protected void hookOnNext(byte[] write) {
            for (String message : new String(write, StandardCharsets.UTF_8).split("\n\n")) {
                String id = null;
                String kind = null;
                String data = null;
                for (String line : message.split("\n")) {
                    if (line.startsWith("id: ")) {
                        id = line.substring(4);
                    } else if (line.startsWith("event: ")) {
                        kind = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data = line.substring(6);
                    }
                }
                got.add(kind + "@" + id + " " + data);
            }
        }

        @Override
        protected void hookOnComplete() {
            completed = true;
        }

        List<String> kinds() {
            return got.stream().map(g -> g.substring(0, g.indexOf(' '))).toList();
        }
    }

    private static List<Projection.Change> activity(long... positions) {
        return java.util.Arrays.stream(positions)
                .mapToObj(p -> new Projection.Change("activity", Map.of("position", p))).toList();
    }

    /** A client's first message goes at once, the next ones after a short hold (LiveClient). */
    private static void assertKinds(Reader reader, String... expected) {
        Eventually.until(java.time.Duration.ofSeconds(5),
                () -> reader.kinds().equals(List.of(expected)), () -> reader.kinds().toString());
    }

    private static void pastTheHoldAfterTheFirstMessage() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reader connect(String lastEventId, long demand) {
        var reader = new Reader(demand);
        live.subscribe(lastEventId, List.of()).subscribe(reader);
        return reader;
    }

    @Test
    void a_client_gets_each_message_with_the_position_as_its_id() {
        Reader reader = connect(null, Long.MAX_VALUE);

        live.publish(7, activity(7));

        Eventually.until(java.time.Duration.ofSeconds(5), () -> reader.got.size() == 1);
        assertThat(reader.got).containsExactly("activity@7 {\"position\":7}");
    }

    @Test
    void ids_never_go_down_though_read_models_commit_out_of_step() {
        Reader reader = connect(null, Long.MAX_VALUE);

        live.publish(12, activity(12));
        live.publish(10, List.of(new Projection.Change("location", Map.of("position", 10))));

        assertKinds(reader, "activity@12", "location@12-1");
    }

    @Test
    void a_client_that_falls_behind_gets_one_reset_and_is_dropped_while_others_get_everything() {
        Reader slow = connect(null, 1);
        Reader fast = connect(null, Long.MAX_VALUE);
        live.publish(1, activity(1));
        Eventually.until(java.time.Duration.ofSeconds(5), () -> fast.got.size() == 1);
        pastTheHoldAfterTheFirstMessage();

        for (long p = 2; p <= 30; p++) {
            live.publish(p, activity(p));
        }
        assertThat(live.clients()).isEqualTo(1);
        slow.request(100);

        Eventually.until(java.time.Duration.ofSeconds(5), () -> fast.got.size() == 30);
        assertKinds(slow, "activity@1", "reset@22");
        Eventually.until(java.time.Duration.ofSeconds(5), () -> slow.completed);
    }

    @Test
    void a_client_resuming_gets_what_came_after_its_last_id_and_then_goes_on_live() {
        for (long p = 1; p <= 5; p++) {
            live.publish(p, activity(p));
        }

        Reader resumed = connect("3", Long.MAX_VALUE);
        live.publish(6, activity(6));

        assertKinds(resumed, "activity@4", "activity@5", "activity@6");
    }

    /**
     * Several read models describe each position, so several messages went out at one position:
     * each has an id of its own, and a client resuming from any of them gets the rest, each
     * once. (With the position alone as the id, it got every message at that position again.)
     */
    @Test
    void a_client_resuming_from_the_last_id_it_saw_gets_each_message_once_and_misses_none() {
        Reader first = connect(null, Long.MAX_VALUE);
        for (long p = 1; p <= 4; p++) {
            live.publish(p, List.of(new Projection.Change("location", Map.of("position", p)),
                    new Projection.Change("location", Map.of("position", p, "other", true)),
                    new Projection.Change("activity", Map.of("position", p))));
            live.publish(p, List.of(new Projection.Change("stock", Map.of("position", p))));
        }
        Eventually.until(java.time.Duration.ofSeconds(5), () -> first.got.size() == 16);
        assertThat(first.got.stream().map(g -> g.substring(g.indexOf('@') + 1, g.indexOf(' '))))
                .as("every id its own").doesNotHaveDuplicates();

        for (int seen = 1; seen < 16; seen++) {
            String message = first.got.get(seen - 1);
            String lastId = message.substring(message.indexOf('@') + 1, message.indexOf(' '));
            var rest = first.got.subList(seen, 16);
            Reader resumed = connect(lastId, Long.MAX_VALUE);
            Eventually.until(java.time.Duration.ofSeconds(5), () -> resumed.got.equals(rest),
                    () -> "after " + lastId + ": " + resumed.got);
        }
    }

    @Test
    void a_client_resuming_from_what_is_no_longer_kept_gets_a_reset() {
        for (long p = 1; p <= 60; p++) {
            live.publish(p, activity(p));
        }

        assertKinds(connect("5", 10), "reset@60");
        assertKinds(connect("not-a-number", 10), "reset@60");
        assertKinds(connect("99", 10), "reset@60");
        assertKinds(connect("58", 10), "activity@59", "activity@60");
    }

    @Test
    void after_a_reset_a_resuming_client_is_told_to_query_afresh_then_given_what_followed() {
        live.publish(1, activity(1));
        live.reset("rebuilt");
        live.publish(2, activity(2));

        assertKinds(connect("1", 10), "reset@1-1", "activity@2");
    }

    @Test
    void a_client_is_greeted_after_what_it_missed_so_its_ids_never_go_down() {
        live.publish(1, activity(1));
        live.publish(2, activity(2));
        live.publish(3, activity(3));
        var reader = new Reader(10);
        live.subscribe("2", List.of(new Projection.Change("projection", Map.of("name", "stock"))))
                .subscribe(reader);

        assertKinds(reader, "activity@3", "projection@3");
    }

    @Test
    void a_client_that_was_there_before_this_process_started_gets_a_reset() {
        var restarted = new LiveStream(JsonMapper.createDefault(), 50, 20);
        restarted.startAt(40);
        var reader = new Reader(10);
        restarted.subscribe("40", List.of()).subscribe(reader);

        assertKinds(reader, "reset@40");
    }

    @Test
    void stopping_the_server_ends_every_stream_so_its_grace_period_is_not_waited_out() {
        Reader reading = connect(null, Long.MAX_VALUE);
        Reader notReading = connect(null, 0);
        live.publish(3, activity(3));
        assertThat(live.clients()).isEqualTo(2);

        assertThat(live.shutdownGracefully().toCompletableFuture()).isDone();

        Eventually.until(java.time.Duration.ofSeconds(5),
                () -> reading.completed && notReading.completed);
        assertThat(live.clients()).isZero();
    }
}
