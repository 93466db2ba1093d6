package tally.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * The token fetcher builds Micronaut Security's {@link TokenValidatedEvent} only when someone
 * listens (Tally has no listener); a listener, as here, still hears every validated token.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenEventsTest implements TestPropertyProvider {
    private static final String PROPERTY = "tally.test.token-events";
    @Inject
    EmbeddedServer server;
    @Inject
    Heard heard;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(OwnServer.properties("tally-token-events"));
        properties.put(PROPERTY, "true");
        return properties;
    }

    @Test
    void a_listener_hears_each_validated_token_with_the_requests_host() {
        var http = new CheckedHttp(server.getURI());
        heard.events.clear();
        assertThat(http.get("/api/projections").status()).isEqualTo(200);
        assertThat(http.get("/api/projections").status()).isEqualTo(200);

        assertThat(heard.events).hasSize(2);
        assertThat((String) heard.events.get(0).getSource()).isNotBlank();
        assertThat(heard.events.get(0).getHost())
                .hasValueSatisfying(host -> assertThat(host).endsWith(":" + server.getPort()));
    }

    @Test
    void an_unknown_token_is_not_heard() {
        heard.events.clear();
        var stranger = CheckedHttp.authorized(server.getURI(), "Bearer not-a-session");
        assertThat(stranger.get("/api/projections").status()).isEqualTo(401);
        assertThat(heard.events).isEmpty();
    }

    @Singleton
    @Requires(property = PROPERTY)
    static final class Heard implements ApplicationEventListener<TokenValidatedEvent> {
        final List<TokenValidatedEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(TokenValidatedEvent event) {
            events.add(event);
        }
    }
}
