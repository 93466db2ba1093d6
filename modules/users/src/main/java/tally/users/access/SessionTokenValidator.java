package tally.users.access;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
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
    private final UserAccounts accounts;

    SessionTokenValidator(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return accounts.accountOf(token).map(a -> Publishers.just(of(a)))
                .orElseGet(Publishers::empty);
    }

    static Authentication of(UserAccount account) {
        return Authentication.build(account.username(),
                account.roles().stream().sorted().map(Role::wireName).toList());
    }
}
