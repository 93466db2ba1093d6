package tally.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequestWrapper;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Who may read {@code /metrics}: this machine, or anyone with the token; by default no one else. */
class MetricsAccessTest {

    private static HttpRequest<Object> from(String address, String authorization) {
        var request = HttpRequest.GET("/metrics");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new MutableHttpRequestWrapper<>(ConversionService.SHARED, request) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(address, 50_000);
            }
        };
    }

    @Test
    void by_default_this_machine_may_and_the_network_is_refused_with_a_403() {
        var access = new MetricsAccess("", true);
        assertThat(access.judge(from("127.0.0.1", null))).isNull();
        assertThat(access.judge(from("::1", null))).isNull();
        var refused = access.judge(from("198.51.100.7", null));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.slug()).isEqualTo("metrics-closed");
        assertThat(access.judge(from("198.51.100.7", "Bearer ")).status()).isEqualTo(403);
    }

    @Test
    void with_a_token_the_network_may_with_it_and_gets_a_401_without() {
        var access = new MetricsAccess("s3cret-token", true);
        assertThat(access.judge(from("198.51.100.7", "Bearer s3cret-token"))).isNull();
        assertThat(access.judge(from("198.51.100.7", "Bearer s3cret-tokeN")).status())
                .isEqualTo(401);
        assertThat(access.judge(from("198.51.100.7", "s3cret-token")).status()).isEqualTo(401);
        assertThat(access.judge(from("198.51.100.7", null)).slug())
                .isEqualTo("metrics-token-needed");
        assertThat(access.judge(from("127.0.0.1", null))).isNull();
    }

    @Test
    void with_loopback_closed_this_machine_needs_the_token_too() {
        var access = new MetricsAccess("s3cret-token", false);
        assertThat(access.judge(from("127.0.0.1", null)).status()).isEqualTo(401);
        assertThat(access.judge(from("127.0.0.1", "Bearer s3cret-token"))).isNull();
        assertThat(new MetricsAccess(null, false).judge(from("127.0.0.1", null)).status())
                .isEqualTo(403);
    }
}
