package tally.command.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Stands in for the security layer, which this module does not have: a request carrying
 * {@value #HEADER} gets a principal of that name, as a signed-in user's request does from
 * Micronaut Security. Requests without the header stay anonymous, as the other tests expect.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class TestSignIn {
    static final String HEADER = "X-Test-User";

    @RequestFilter
    void signIn(HttpRequest<?> request) {
        String user = request.getHeaders().get(HEADER);
        if (user != null) {
            request.setUserPrincipal(() -> user);
        }
    }
}
