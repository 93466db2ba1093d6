package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * The served OpenAPI document names exactly the routes the server has: no more, no fewer. Where
 * one route serves several documented paths (each command is its own path in the document, one
 * route {@code /api/commands/{name}} on the server), each of those paths must be one it serves.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-openapi");
    }

    @Test
    void the_document_served_is_the_one_in_the_jar_and_is_openapi_3_0_3() throws IOException {
        var answer = new CheckedHttp(server.getURI()).get("/openapi.yml");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/yaml");
        try (InputStream in = getClass().getResourceAsStream("/openapi/tally.yml")) {
            assertThat(answer.body()).isEqualTo(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        Map<String, Object> doc = new Yaml().load(answer.body());
        assertThat(doc).containsEntry("openapi", "3.0.3");
    }

    @Test
    void the_document_is_served_and_lists_every_route_of_the_server() {
        Map<String, Object> doc = new Yaml().load(
                new CheckedHttp(server.getURI()).get("/openapi.yml").body());
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<UriRouteInfo<?, ?>> routes = new ArrayList<>();
        router.uriRoutes().filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .forEach(routes::add);

        Set<String> routed = new TreeSet<>();
        routes.forEach(r -> routed.add(nameOf(r)));
        Set<String> documented = new TreeSet<>();
        Set<String> unserved = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().forEach(m -> {
            String method = m.toUpperCase();
            var same = routes.stream().filter(r -> nameOf(r).equals(method + " " + path));
            var serving = routes.stream().filter(r -> r.getHttpMethodName().equals(method)
                    && r.getUriMatchTemplate().match(path).isPresent());
            same.findFirst().or(serving::findFirst)
                    .ifPresentOrElse(r -> documented.add(nameOf(r)),
                            () -> unserved.add(method + " " + path));
        }));

        assertThat(unserved).as("documented but not served").isEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routed);
    }

    /** {@code POST /api/commands/{name}}, whatever the route's template adds to a variable. */
    private static String nameOf(UriRouteInfo<?, ?> r) {
        return r.getHttpMethodName() + " "
                + r.getUriMatchTemplate().toString().replaceAll("\\{([^}:?]+)[^}]*}", "{$1}");
    }
}
