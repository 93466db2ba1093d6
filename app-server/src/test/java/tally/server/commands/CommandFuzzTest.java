package tally.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;

/**
 * Thousands of random and mutated requests: none gets a 5xx or a stack trace, every refusal is
 * problem+json, the log grows only by what was answered 200, and every exchange keeps the OpenAPI
 * document (a request it rejects is never carried out; one it accepts is never a 400).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandFuzzTest implements TestPropertyProvider {
    static final int WORKERS = 4;
    static final int REQUESTS_EACH = 750;
    static final Pattern COMMAND_ID = Pattern.compile("\"commandId\":\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-fuzz").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Seen(int status, String contentType, String body) {
    }

    @Test
    void no_request_however_malformed_gets_a_5xx_or_stores_what_was_refused() throws Exception {
        long head = store.headPosition();
        var http = new CheckedHttp(server.getURI());
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        var futures = new ArrayList<Future<List<Seen>>>();
        for (int w = 0; w < WORKERS; w++) {
            var bodies = new FuzzBodies(20_240_601L + w);
            futures.add(pool.submit((Callable<List<Seen>>) () -> {
                var seen = new ArrayList<Seen>();
                for (int i = 0; i < REQUESTS_EACH; i++) {
                    seen.add(send(http, bodies.next()));
                }
                return seen;
            }));
        }
        var seen = new ArrayList<Seen>();
        for (var f : futures) {
            seen.addAll(f.get());
        }
        pool.shutdown();

        assertThat(seen).hasSize(WORKERS * REQUESTS_EACH);
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.status()).as(s.body()).isIn(200, 400, 404, 409, 413, 415, 422);
            if (s.status() >= 400) {
                assertThat(s.contentType()).isEqualTo("application/problem+json");
                assertThat(s.body()).contains("\"status\":" + s.status())
                        .doesNotContain("Exception").doesNotContain("\tat ");
            }
        });
        Set<String> accepted = new HashSet<>();
        seen.stream().filter(s -> s.status() == 200).forEach(s -> {
            var m = COMMAND_ID.matcher(s.body());
            assertThat(m.find()).as(s.body()).isTrue();
            accepted.add(m.group(1));
        });
        assertThat(accepted).as("some commands were carried out").hasSizeGreaterThan(50);
        assertThat(seen).filteredOn(s -> s.status() == 400).hasSizeGreaterThan(500);
        assertThat(seen).filteredOn(s -> s.status() == 422).isNotEmpty();

        List<StoredEvent> logged = store.readAll(head, 100_000);
        var commandsLogged = new HashSet<String>();
        for (StoredEvent e : logged) {
            assertThat(accepted).as("event %s came from a command answered 200", e.position())
                    .contains(e.commandId());
            assertThat(commandsLogged.add(e.commandId())).as("one event per command").isTrue();
        }
    }

    /** Sent through {@link CheckedHttp}: each exchange must also keep the OpenAPI document. */
    private Seen send(CheckedHttp http, FuzzBodies.Request r) {
        var answer = http.send("POST", "/api/commands/" + r.name(), r.contentType(), r.body());
        return new Seen(answer.status(), answer.contentType(), answer.body());
    }
}
