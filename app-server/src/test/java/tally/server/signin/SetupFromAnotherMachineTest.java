package tally.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/** The first user's setup is only for the server's own machine, even while no user exists. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupFromAnotherMachineTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(OwnServer.properties("tally-setup-remote"));
        properties.put(RemoteAddressFilter.PROPERTY, "198.51.100.7");
        return properties;
    }

    @Test
    void setup_from_another_machine_is_refused_and_makes_no_user() {
        var http = CheckedHttp.anonymous(server.getURI());
        String body = "{\"username\":\"admin\",\"password\":\"remote-password\"}";

        var refused = http.post("/api/setup", body);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("https://tally.dev/problems/setup-closed",
                "loopback");
        assertThat(http.post("/api/sessions", body).status()).as("no user was made")
                .isEqualTo(401);
    }
}
