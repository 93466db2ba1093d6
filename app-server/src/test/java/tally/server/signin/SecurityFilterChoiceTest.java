package tally.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.OwnServer;

/**
 * Each request is checked once, by the users module's request filter: Micronaut Security's
 * reactive SecurityFilter, which it replaces, is not a bean (docs/benchmarks.md, "Signing in").
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityFilterChoiceTest implements TestPropertyProvider {
    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-security-filter");
    }

    @Test
    void the_direct_security_filter_replaces_micronaut_securitys_reactive_one() throws Exception {
        var direct = Class.forName("tally.users.access.DirectSecurityFilter");

        assertThat(context.findBean(SecurityFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(direct)).hasSize(1);
    }
}
