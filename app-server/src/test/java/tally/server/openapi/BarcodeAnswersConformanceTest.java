package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.openapi.CommandAnswersConformanceTest.BARCODE_COMMANDS;
import static tally.server.openapi.CommandAnswersConformanceTest.documentedAnswers;
import static tally.server.openapi.CommandAnswersConformanceTest.post;
import static tally.server.openapi.CommandAnswersConformanceTest.refused;
import static tally.server.openapi.CommandAnswersConformanceTest.refusedBeforeTheBody;
import static tally.server.openapi.CommandAnswersConformanceTest.refusedByBoth;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The barcodes' commands, apart from the others' (a barcode assigned once is the same barcode
 * again after): every documented answer but the 503, given by the real server and held to the
 * document, as {@link CommandAnswersConformanceTest} does for the rest.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BarcodeAnswersConformanceTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-barcode-answers");
    }

    @Test
    void every_documented_answer_of_every_barcode_command_is_given_as_documented() {
        var http = new CheckedHttp(server.getURI());
        post(http, "register-product", "{\"sku\":\"CG-1\",\"name\":\"Nut\"}", 200);
        post(http, "register-product", "{\"sku\":\"CG-2\",\"name\":\"Bolt\"}", 200);
        var bodies = Map.of("assign-barcode", "{\"sku\":\"CG-1\",\"barcode\":\"4006381333931\"",
                "unassign-barcode", "{\"sku\":\"CG-1\",\"barcode\":\"4006381333931\"");
        for (String name : new String[] {"assign-barcode", "unassign-barcode"}) {
            post(http, name, bodies.get(name) + ",\"commandId\":\"cg-" + name + "\"}", 200);
        }
        bodies.forEach((name, body) -> {
            refusedByBoth(http, name, body + ",\"qty\":1}", 400, "invalid-request");
            refusedByBoth(http, name, "{\"sku\":\"CG-1\"}", 400, "invalid-request");
            assertThat(post(http, name, body + ",\"expectedVersion\":99}", 409))
                    .contains("version-conflict");
            assertThat(post(http, name, body.replace("CG-1", "CG-2")
                    + ",\"commandId\":\"cg-" + name + "\"}", 409))
                    .contains("idempotency-key-reused");
            String big = body + ",\"reason\":\"" + "x".repeat(70_000) + "\"}";
            assertThat(post(http, name, big, 413)).contains("request-entity-too-large");
            refusedByBoth(http, name, body + "}", "text/plain", 415, "unsupported-media-type");
        });
        post(http, "assign-barcode", "{\"sku\":\"CG-2\",\"barcode\":\"04006381333931\"}", 200);
        refused(http, "assign-barcode", "{\"sku\":\"CG-1\",\"barcode\":\"4006381333931\"}",
                "barcode-taken");
        refused(http, "assign-barcode", "{\"sku\":\"CG-1\",\"barcode\":\"4006381333932\"}",
                "not-a-gtin");
        refused(http, "assign-barcode", "{\"sku\":\"CG-9\",\"barcode\":\"4006381333931\"}",
                "unknown-product");
        refused(http, "unassign-barcode", "{\"sku\":\"CG-1\",\"barcode\":\"4006381333931\"}",
                "not-an-alias");
        refused(http, "unassign-barcode", "{\"sku\":\"CG-1\",\"barcode\":\"12\"}",
                "not-a-gtin");
        refused(http, "unassign-barcode", "{\"sku\":\"CG-9\",\"barcode\":\"4006381333931\"}",
                "unknown-product");
        refusedBeforeTheBody(http, bodies);

        assertThat(http.answered()).containsAll(documentedAnswers(http.contract(),
                BARCODE_COMMANDS::contains, 16));
    }
}
