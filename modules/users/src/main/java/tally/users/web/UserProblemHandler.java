package tally.users.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.users.UserProblem;
import tally.users.access.ProblemJson;

/** Every refusal about users and sessions as problem+json, with one log line that holds no secret. */
@Singleton
final class UserProblemHandler
        implements ExceptionHandler<UserProblem, MutableHttpResponse<ProblemJson>> {
    private static final Logger LOG = LoggerFactory.getLogger(UserProblemHandler.class);

    @Override
    public MutableHttpResponse<ProblemJson> handle(HttpRequest request, UserProblem e) {
        LOG.info("refused {} {}: {} {}", request.getMethodName(), request.getPath(), e.status(),
                e.slug());
        var response = ProblemJson.response(e.status(), e.slug(), e.title(), e.getMessage(),
                e.errors());
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response;
    }
}
