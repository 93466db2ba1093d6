package tally.server.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read {@code /metrics}. A Prometheus server has no session, so the role table does not
 * guard it; instead: a caller on the server's own machine (a loopback address) may, unless
 * {@code tally.metrics.loopback} is false; any other caller only with
 * {@code Authorization: Bearer} and the token set as {@code tally.metrics.token}. With no token
 * set, nobody from the network may: the figures (users' refused sign-ins, the log's pace) are
 * nobody's business by default.
 */
@Singleton
final class MetricsAccess {
    private static final String BEARER = "Bearer ";
    private final byte[] token;
    private final boolean loopbackOpen;

    /** Why a caller may not read, as a problem's type ending and detail; null: it may. */
    record Refusal(int status, String slug, String title, String detail) {
    }

    MetricsAccess(@Nullable @Value("${tally.metrics.token:}") String token,
                  @Value("${tally.metrics.loopback:true}") boolean loopbackOpen) {
        this.token = token == null || token.isBlank() ? null
                : token.strip().getBytes(StandardCharsets.UTF_8);
        this.loopbackOpen = loopbackOpen;
    }

    Refusal judge(HttpRequest<?> request) {
        String sent = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (token != null && sent != null && sent.startsWith(BEARER) && MessageDigest.isEqual(
                token, sent.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        if (loopbackOpen && fromThisMachine(request.getRemoteAddress())) {
            return null;
        }
        if (token == null) {
            return new Refusal(403, "metrics-closed", "Metrics closed", "/metrics is open only"
                    + " to this machine; set tally.metrics.token to let a scraper elsewhere in");
        }
        return new Refusal(401, "metrics-token-needed", "Metrics token needed",
                "send Authorization: Bearer with the token set as tally.metrics.token");
    }

    private static boolean fromThisMachine(InetSocketAddress from) {
        return from != null && from.getAddress() != null && from.getAddress().isLoopbackAddress();
    }
}
