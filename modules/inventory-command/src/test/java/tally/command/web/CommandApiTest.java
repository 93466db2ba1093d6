package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * The command API of docs/api.md as this module answers it (framework errors are app-server's);
 * who sent a command comes from the request's principal, set here by {@link TestSignIn}.
 */
@MicronautTest
class CommandApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    Http http;

    @BeforeEach
    void connect() {
        http = new Http(server.getURI());
    }

    Http.Answer refused(String command, String body, int status, String slug) {
        long head = store.headPosition();
        var a = http.post(command, body);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
        assertThat(a.body().get("type").asText()).isEqualTo("https://tally.dev/problems/" + slug);
        assertThat(a.body().get("status").asInt()).isEqualTo(status);
        assertThat(a.body().get("title").asText()).isNotBlank();
        assertThat(a.body().get("detail").asText()).isNotBlank();
        assertThat(store.headPosition()).as("nothing stored").isEqualTo(head);
        return a;
    }

    @Test
    void a_command_carried_out_answers_200_with_id_stream_version_and_position() {
        var a = http.post("register-product", "{\"sku\":\"API-1\",\"name\":\"Bolt\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.body().get("commandId").asText()).hasSize(36);
        assertThat(a.body().get("stream").asText()).isEqualTo("product-API-1");
        assertThat(a.body().get("version").asLong()).isEqualTo(1);
        assertThat(a.body().get("position").asLong()).isEqualTo(store.headPosition());
        assertThat(a.body().size()).isEqualTo(4);
    }

    @Test
    void a_bad_body_is_a_400_naming_each_field() {
        var a = refused("receive-stock", "{\"sku\":\"API 2\",\"location\":null,\"quantity\":2.5,"
                + "\"extra\":1}", 400, "invalid-request");
        assertThat(a.body().get("errors").findValuesAsText("field"))
                .containsExactly("sku", "location", "quantity", "extra");
        refused("receive-stock", "{\"sku\":", 400, "invalid-request");
    }

    @Test
    void an_unknown_command_is_a_404() {
        refused("sell-stock", "{\"sku\":\"API-3\"}", 404, "unknown-command");
    }

    @Test
    void a_stale_expected_version_is_a_409_that_tells_the_current_version() {
        http.post("register-product", "{\"sku\":\"API-4\",\"name\":\"Bolt\",\"expectedVersion\":0}");
        var a = refused("receive-stock", "{\"sku\":\"API-4\",\"location\":\"A\",\"quantity\":1,"
                + "\"expectedVersion\":0}", 409, "version-conflict");
        assertThat(a.body().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(http.post("receive-stock", "{\"sku\":\"API-4\",\"location\":\"A\","
                + "\"quantity\":1,\"expectedVersion\":1}").status()).isEqualTo(200);
    }

    @Test
    void a_repeated_command_id_gets_the_first_answer_and_a_reused_one_a_409() {
        String body = "{\"sku\":\"API-5\",\"name\":\"Bolt\",\"commandId\":\"api-5-reg\"}";
        var first = http.post("register-product", body);
        long head = store.headPosition();
        var again = http.post("register-product", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(store.headPosition()).isEqualTo(head);
        refused("register-product", "{\"sku\":\"API-5\",\"name\":\"Nut\",\"commandId\":\"api-5-reg\"}",
                409, "idempotency-key-reused");
        refused("receive-stock", "{\"sku\":\"API-5\",\"location\":\"A\",\"quantity\":1,"
                + "\"commandId\":\"api-5-reg\"}", 409, "idempotency-key-reused");
    }

    @Test
    void what_the_warehouse_refuses_is_a_422_of_its_kind() {
        refused("pick-stock", "{\"sku\":\"API-6\",\"location\":\"A\",\"quantity\":1}", 422,
                "unknown-product");
        http.post("register-product", "{\"sku\":\"API-6\",\"name\":\"Bolt\"}");
        refused("register-product", "{\"sku\":\"API-6\",\"name\":\"Bolt\"}", 422,
                "product-already-registered");
        http.post("receive-stock", "{\"sku\":\"API-6\",\"location\":\"A\",\"quantity\":5}");
        refused("pick-stock", "{\"sku\":\"API-6\",\"location\":\"A\",\"quantity\":6}", 422,
                "insufficient-stock");
        refused("move-stock", "{\"sku\":\"API-6\",\"from\":\"A\",\"to\":\"A\",\"quantity\":1}", 422,
                "same-location");
    }

    @Test
    void a_count_that_matches_answers_200_and_records_nothing() {
        http.post("register-product", "{\"sku\":\"API-7\",\"name\":\"Bolt\"}");
        http.post("receive-stock", "{\"sku\":\"API-7\",\"location\":\"A\",\"quantity\":5}");
        long head = store.headPosition();
        var a = http.post("adjust-stock", "{\"sku\":\"API-7\",\"location\":\"A\","
                + "\"countedQuantity\":5,\"reason\":\"cycle count\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("version").asLong()).isEqualTo(2);
        assertThat(store.headPosition()).isEqualTo(head);
        assertThat(http.post("adjust-stock", "{\"sku\":\"API-7\",\"location\":\"A\","
                + "\"countedQuantity\":3,\"reason\":\"damaged\"}").body().get("version").asLong())
                .isEqualTo(3);
    }

    @Test
    void the_signed_in_user_is_recorded_on_the_event_and_nobody_signed_in_records_null() {
        assertThat(http.postAs("supervisor", "register-product",
                "{\"sku\":\"WHO-1\",\"name\":\"Bolt\"}").status()).isEqualTo(200);
        assertThat(http.post("receive-stock",
                "{\"sku\":\"WHO-1\",\"location\":\"A\",\"quantity\":3}").status())
                .isEqualTo(200);

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
