package tally.users.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.filters.SecurityFilter;
import tally.users.UserAccounts;
import tally.users.web.UserAnswers.SessionStarted;

/** {@code POST /api/sessions} signs in; {@code DELETE /api/sessions/current} signs out. */
@Controller("/api/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SessionController {
    private final UserAccounts accounts;

    SessionController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    SessionStarted signIn(@Nullable @Body byte[] body, HttpRequest<?> request) {
        MediaTypes.requireJson(request);
        var fields = BodyFields.of(body);
        String username = fields.text("username", true);
        String password = fields.text("password", true);
        fields.done();
        return SessionStarted.of(accounts.signIn(username, password));
    }

    /** The role table let only a signed-in caller in, so the token is the one just checked. */
    @Delete("/current")
    HttpResponse<Void> signOut(HttpRequest<?> request) {
        request.getAttribute(SecurityFilter.TOKEN, String.class).ifPresent(accounts::signOut);
        return HttpResponse.noContent();
    }
}
