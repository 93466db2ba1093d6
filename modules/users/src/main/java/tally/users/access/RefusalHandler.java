package tally.users.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * What a refused request gets, instead of Micronaut Security's empty 401 or 403: problem+json.
 * A 401 is one and the same body for no token, a malformed, expired or signed-out one and a
 * disabled user's, so it tells nothing of which; a 403 says what the role table asked for.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class RefusalHandler
        implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    static final String NOT_SIGNED_IN = "sign in first: send Authorization: Bearer with a token"
            + " from POST /api/sessions (a token is refused once it has expired or been signed"
            + " out, or its user is disabled)";

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        if (!e.isForbidden()) {
            return ProblemJson.response(401, "not-signed-in", "Not signed in", NOT_SIGNED_IN,
                    null).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        String why = request.getAttribute(RoleTable.REFUSAL, String.class)
                .orElse("this call needs a role you do not have");
        return ProblemJson.response(403, "role-required", "Role required", why, null);
    }
}
