package tally.users.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import java.util.Locale;

/**
 * Refuses a browser's request from another site's page (CSRF, DNS rebinding): a request whose
 * {@code Origin} is not this server's own gets a 403 problem, before anyone signs in or anything
 * is read. Tally's own clients send no {@code Origin}; a page served by the server itself would
 * send its own. Micronaut's CORS support stays off, so no other site is ever let in; its CORS
 * filter, which then refuses other origins on localhost with an empty 403, comes after this one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CrossOriginGuard implements Ordered {

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseOtherOrigins(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || origin.equalsIgnoreCase(ownOrigin(request))) {
            return null;
        }
        return ProblemJson.response(403, "cross-origin", "Cross-origin request",
                "a request from a page of another site (Origin " + shortened(origin)
                        + ") is refused: use Tally's console or a client that sends no Origin",
                null);
    }

    private static String ownOrigin(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        return host == null ? "" : (request.isSecure() ? "https://" : "http://")
                + host.toLowerCase(Locale.ROOT);
    }

    private static String shortened(String origin) {
        String printable = origin.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "..." : printable;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.after() - 1;
    }
}
