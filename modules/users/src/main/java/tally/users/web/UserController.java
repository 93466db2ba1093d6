package tally.users.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.filters.SecurityFilter;
import java.security.Principal;
import tally.users.UserAccount;
import tally.users.UserAccounts;
import tally.users.UserProblem;
import tally.users.UserRules;
import tally.users.web.UserAnswers.UserItem;
import tally.users.web.UserAnswers.UserItems;

/**
 * {@code /api/users}: an admin lists, adds and changes users; anyone may set their own password.
 * The role table has let only those callers in.
 */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserController {
    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    UserItems list() {
        return new UserItems(accounts.list().stream().map(UserItem::of).toList());
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    UserItem add(@Nullable @Body byte[] body, HttpRequest<?> request) {
        MediaTypes.requireJson(request);
        var fields = BodyFields.of(body);
        String username = fields.text("username", true);
        String password = fields.text("password", true);
        var roles = fields.roles("roles", true);
        String displayName = fields.text("displayName", false);
        SetupController.checkNewUser(fields, username, password, displayName);
        fields.done();
        return UserItem.of(accounts.add(username, password, displayName, roles));
    }

    @Put(uri = "/{username}", consumes = MediaType.APPLICATION_JSON,
            produces = MediaType.APPLICATION_JSON)
    UserItem update(@PathVariable String username, @Nullable @Body byte[] body,
                    HttpRequest<?> request) {
        MediaTypes.requireJson(request);
        var fields = BodyFields.of(body);
        String displayName = fields.text("displayName", false);
        var roles = fields.roles("roles", false);
        Boolean enabled = fields.flag("enabled");
        if (displayName != null) {
            fields.check("displayName", UserRules.displayNameFault(displayName));
        }
        fields.done();
        return UserItem.of(accounts.update(username, displayName, roles, enabled));
    }

    @Put(uri = "/{username}/password", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<Void> setPassword(@PathVariable String username, @Nullable @Body byte[] body,
                                   HttpRequest<?> request) {
        MediaTypes.requireJson(request);
        var fields = BodyFields.of(body);
        String password = fields.text("password", true);
        String current = fields.text("currentPassword", false);
        if (password != null) {
            fields.check("password", UserRules.passwordFault(password));
        }
        fields.done();
        accounts.changePassword(caller(request), username, password, current,
                request.getAttribute(SecurityFilter.TOKEN, String.class).orElse(null));
        return HttpResponse.noContent();
    }

    private UserAccount caller(HttpRequest<?> request) {
        return request.getUserPrincipal().map(Principal::getName).flatMap(accounts::find)
                .orElseThrow(() -> UserProblem.unknownUser("(signed out meanwhile)"));
    }
}
