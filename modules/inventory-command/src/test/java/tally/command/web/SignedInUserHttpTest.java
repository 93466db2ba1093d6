package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/** Who did what over HTTP: the request's principal is the user the log records. */
@MicronautTest
class SignedInUserHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    Http http;

    @BeforeEach
    void connect() {
        http = new Http(server.getURI());
    }

    @Test
    void the_signed_in_user_is_recorded_on_the_event_and_nobody_signed_in_records_null() {
        assertThat(http.postAs("supervisor", "register-product",
                "{\"sku\":\"WHO-1\",\"name\":\"Bolt\"}").status()).isEqualTo(200);
        assertThat(http.post("receive-stock",
                "{\"sku\":\"WHO-1\",\"location\":\"A\",\"quantity\":3}").status()).isEqualTo(200);

        assertThat(store.readStream("product-WHO-1")).extracting(StoredEvent::user)
                .containsExactly("supervisor", null);
    }

    @Test
    void a_retry_by_the_same_user_is_answered_again_and_the_same_id_by_another_is_a_409() {
        http.postAs("supervisor", "register-product", "{\"sku\":\"WHO-2\",\"name\":\"Bolt\"}");
        String body = "{\"sku\":\"WHO-2\",\"location\":\"A\",\"quantity\":3,"
                + "\"commandId\":\"who-2-receipt\"}";
        var first = http.postAs("ann", "receive-stock", body);
        long head = store.headPosition();

        assertThat(http.postAs("ann", "receive-stock", body).body()).isEqualTo(first.body());
        var other = http.postAs("bob", "receive-stock", body);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(other.body().get("detail").asText()).contains("another user");
        assertThat(store.headPosition()).as("nothing stored").isEqualTo(head);
        assertThat(store.readStream("product-WHO-2")).extracting(StoredEvent::user)
                .containsExactly("supervisor", "ann");
    }
}
