package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Micronaut clients tests inject are held to the document as well. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentCheckingClientFilterTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-filter");
    }

    @Test
    void an_exchange_the_document_describes_passes() {
        var answer = client.toBlocking().exchange(HttpRequest.POST(
                "/api/commands/register-product", "{\"sku\":\"MC-1\",\"name\":\"Nut\"}"),
                String.class);
        assertThat(answer.code()).isEqualTo(200);
    }

    @Test
    void an_answer_the_document_does_not_describe_fails_the_test() {
        // The document lists no 406 (an Accept the server cannot produce) for this operation.
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET("/api/projections")
                .accept("application/xml"), String.class))
                .hasStackTraceContaining("breaks the OpenAPI document")
                .hasStackTraceContaining("406");
    }
}
