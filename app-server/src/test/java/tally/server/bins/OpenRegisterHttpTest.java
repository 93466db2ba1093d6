package tally.server.bins;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/** An open site (the default): any code takes stock, and the register is there all the same. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenRegisterHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-open-bins");
    }

    @Test
    void takes_stock_at_a_bin_never_defined_and_still_keeps_the_register() {
        var http = new CheckedHttp(server.getURI());
        http.post("/api/commands/register-product", "{\"sku\":\"OB-1\",\"name\":\"Nut\"}");

        var received = http.post("/api/commands/receive-stock", "{\"sku\":\"OB-1\","
                + "\"location\":\"anywhere\",\"quantity\":3}");
        var defined = http.post("/api/commands/define-location", "{\"location\":\"anywhere\"}");
        var retired = http.post("/api/commands/retire-location", "{\"location\":\"anywhere\"}");

        assertThat(received.status()).isEqualTo(200);
        assertThat(defined.status()).isEqualTo(200);
        assertThat(retired.status()).as("it holds the 3 received before it was defined")
                .isEqualTo(422);
        assertThat(StrictRegisterHttpTest.json(retired).get("detail").asText())
                .isEqualTo("bin anywhere still holds 3 units: move or count them out before"
                        + " retiring it");
        var bins = StrictRegisterHttpTest.json(http.get("/api/bins?minPosition="
                + StrictRegisterHttpTest.json(defined).get("position").asLong()));
        assertThat(bins.get("items")).extracting(b -> b.get("location").asText())
                .containsExactly("anywhere");
    }
}
