package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/** The served OpenAPI document names exactly the routes the server has: no more, no fewer. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-openapi").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_document_is_served_and_lists_every_route_of_the_server() {
        String yaml = client.toBlocking().retrieve(HttpRequest.GET("/openapi.yml"));
        Map<String, Object> doc = new Yaml().load(yaml);
        assertThat(doc).containsEntry("openapi", "3.0.3");
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet()
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));

        Set<String> routed = new TreeSet<>();
        router.uriRoutes().forEach(r -> routed.add(r.getHttpMethodName() + " "
                + r.getUriMatchTemplate().toString().replaceAll("\\{([^}:?]+)[^}]*}", "{$1}")));
        routed.removeIf(r -> r.startsWith("HEAD "));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(routed);
    }
}
