package tally.users.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.InetSocketAddress;
import tally.users.UserAccounts;
import tally.users.UserProblem;
import tally.users.UserRules;
import tally.users.web.UserAnswers.SetupDone;

/**
 * {@code POST /api/setup}: the first user, with every role, made by whoever sits at the server's
 * own machine (a loopback address) while no user exists. Afterwards an admin adds users.
 */
@Controller("/api/setup")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SetupController {
    private final UserAccounts accounts;

    SetupController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    SetupDone setUp(@Nullable @Body byte[] body, HttpRequest<?> request) {
        InetSocketAddress from = request.getRemoteAddress();
        if (from.getAddress() == null || !from.getAddress().isLoopbackAddress()) {
            throw UserProblem.setupClosed("setup is only open from the server's own machine"
                    + " (a loopback address); sign in as an admin to add users");
        }
        if (accounts.hasUsers()) {
            throw UserProblem.setupClosed("setup is closed: a user exists already; sign in as"
                    + " an admin to add users");
        }
        MediaTypes.requireJson(request);
        var fields = BodyFields.of(body);
        String username = fields.text("username", true);
        String password = fields.text("password", true);
        String displayName = fields.text("displayName", false);
        checkNewUser(fields, username, password, displayName);
        fields.done();
        return SetupDone.of(accounts.setUp(username, password, displayName));
    }

    /** The rules' faults for the fields that were read well, noted for the one 400. */
    static void checkNewUser(BodyFields fields, String username, String password,
                             String displayName) {
        if (username != null) {
            fields.check("username", UserRules.usernameFault(username));
        }
        if (password != null) {
            fields.check("password", UserRules.passwordFault(password));
        }
        if (displayName != null) {
            fields.check("displayName", UserRules.displayNameFault(displayName));
        }
    }
}
