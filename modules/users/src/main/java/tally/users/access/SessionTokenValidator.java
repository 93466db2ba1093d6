package tally.users.access;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import tally.users.Role;
import tally.users.UserAccount;
import tally.users.UserAccounts;

/**
 * Micronaut Security's bearer token reader hands each token here: a live session of an enabled
 * user is its username and current roles (a change of roles counts at once); anything else is no
 * one, and the role table then answers 401. A hash and two map lookups: no query.
 */
@Singleton
final class SessionTokenValidator implements TokenValidator<HttpRequest<?>> {
    /** Past this many, the cache starts again: accounts change rarely, each change one entry. */
    private static final int KEPT = 1_000;
    private final UserAccounts accounts;
    /**
     * The answer per account as it stands (a record: a change of roles or name is a new key),
     * built once rather than on every request; Micronaut's Authentication is immutable.
     */
    private final Map<UserAccount, Authentication> answers = new ConcurrentHashMap<>();

    SessionTokenValidator(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        UserAccount account = accounts.accountOf(token).orElse(null);
        if (account == null) {
            return Publishers.empty();
        }
        if (answers.size() > KEPT) {
            answers.clear();
        }
        return Publishers.just(answers.computeIfAbsent(account, SessionTokenValidator::of));
    }

    static Authentication of(UserAccount account) {
        return Authentication.build(account.username(),
                account.roles().stream().sorted().map(Role::wireName).toList());
    }
}
