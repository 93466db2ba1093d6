package tally.users.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import tally.users.Role;

/**
 * Who may do what: the table of docs/api.md, "Signing in", by method and path, as the one rule
 * Micronaut Security asks. It runs before the request's body is read, so a caller without the
 * role gets 403 whatever it sent. The first row that matches decides; under {@code /api} a
 * request no row names needs a signed-in user, elsewhere (health, this document, unknown paths)
 * none. A refusal's wording comes from the same row, for {@link RefusalHandler}.
 */
@Singleton
final class RoleTable implements SecurityRule<HttpRequest<?>> {
    /** The request attribute that carries why a signed-in caller was refused. */
    static final String REFUSAL = "tally.users.refusal";
    /** Before Micronaut's own rules, which then are never asked: this table decides all. */
    static final int ORDER = -1_000;
    private static final String SPECIAL = "\\[](){}.*+?^$|";
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    /**
     * One row: what it covers, in words, and who may. The methods are a set (empty: any) and the
     * path's literal start is kept beside its pattern, so that a request tries the pattern of
     * only the rows it may meet: every request passes through here, and a matcher per row
     * was most of what the table cost it (docs/benchmarks.md, "Signing in").
     */
    record Row(String what, Set<String> methods, String literalStart, Pattern path,
               Set<Role> roles, boolean open, boolean self) {
        Row(String what, String methods, String path, Set<Role> roles, boolean open,
            boolean self) {
            this(what, methods.isEmpty() ? Set.of() : Set.of(methods.split("\\|")),
                    literalStart(path), Pattern.compile(path), roles, open, self);
        }

        static Row open(String what, String method, String path) {
            return new Row(what, method, path, Set.of(), true, false);
        }

        static Row roles(String what, String method, String path, Role... roles) {
            return new Row(what, method, path, EnumSet.copyOf(List.of(roles)), false, false);
        }

        /** The roles, or the user named by the path's first group. */
        static Row rolesOrSelf(String what, String method, String path, Role... roles) {
            return new Row(what, method, path, EnumSet.copyOf(List.of(roles)), false, true);
        }

        /** Any signed-in user, whatever the method. */
        static Row signedIn(String what, String path) {
            return new Row(what, "", path, EnumSet.allOf(Role.class), false, false);
        }

        /** Whether this row covers the request; its path's match, for a self row's name. */
        @Nullable Matcher covering(String method, String path) {
            if (!methods.isEmpty() && !methods.contains(method) || !path.startsWith(literalStart)) {
                return null;
            }
            Matcher matcher = this.path.matcher(path);
            return matcher.matches() ? matcher : null;
        }

        /**
         * The pattern's text up to its first character that is not itself, less the last one
         * if a quantifier follows it (in {@code ab?} only the {@code a} is sure).
         */
        static String literalStart(String pattern) {
            int end = 0;
            while (end < pattern.length() && SPECIAL.indexOf(pattern.charAt(end)) < 0) {
                end++;
            }
            boolean quantified = end < pattern.length() && "?*+{".indexOf(pattern.charAt(end)) >= 0;
            return pattern.substring(0, quantified ? Math.max(0, end - 1) : end);
        }

        String whoMay() {
            String names = roles.stream().sorted().map(Role::wireName)
                    .collect(Collectors.joining(" or "));
            return (roles.size() == 1 ? "the role " : "the roles ") + names
                    + (self ? ", or the user itself" : "");
        }
    }

    static final List<Row> ROWS = List.of(
            Row.open("signing in", "POST", "/api/sessions"),
            Row.open("the first user's setup", "POST", "/api/setup"),
            Row.roles("receive-stock, move-stock, pick-stock, adjust-stock and confirm-pick",
                    "POST", "/api/commands/(receive-stock|move-stock|pick-stock|adjust-stock"
                            + "|confirm-pick)", Role.OPERATOR, Role.SUPERVISOR),
            // A barcode names a product for every scan after it: the supervisor's, like a name.
            Row.roles("assign-barcode and unassign-barcode", "POST",
                    "/api/commands/(assign-barcode|unassign-barcode)", Role.SUPERVISOR),
            // Every other command name too, whether it exists or not: a name the table does not
            // know is held to the strictest command role, never let through.
            Row.roles("register-product, rename-product, change-reorder-point, place-order,"
                    + " cancel-order, ship-order,"
                    + " define-location, change-location, retire-location and any other"
                    + " command", "POST", "/api/commands/.*", Role.SUPERVISOR),
            // An import issues register-type commands, one a row, so it asks their role.
            Row.roles("importing products (and any other import)", "POST", "/api/import/.*",
                    Role.SUPERVISOR),
            Row.roles("the trainer's controls (pause, resume, rebuild, delay, break)", "POST|PUT",
                    "/api/projections/.+", Role.TRAINER, Role.ADMIN),
            Row.roles("the trainer's lessons (training traffic, the second operator, a longer"
                    + " history)", "POST|PUT|DELETE", "/api/training/.+", Role.TRAINER,
                    Role.ADMIN),
            Row.rolesOrSelf("setting a user's password", "PUT", "/api/users/([^/]+)/password",
                    Role.ADMIN),
            Row.roles("/api/users", "", "/api/users(/.*)?", Role.ADMIN),
            // The whole site, password hashes included: an admin's (or the server's own key's,
            // app-server's BackupKey, which signs in as an admin for this route only).
            Row.roles("taking a backup", "GET", "/api/backup", Role.ADMIN),
            Row.signedIn("every query and the live stream", "/api(/.*)?"));

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        if (request == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String method = request.getMethodName();
        String path = normalized(request.getUri());
        for (Row row : ROWS) {
            Matcher matcher = row.covering(method, path);
            if (matcher != null) {
                return Publishers.just(decide(row, matcher, request, authentication));
            }
        }
        return Publishers.just(SecurityRuleResult.ALLOWED);
    }

    private static SecurityRuleResult decide(Row row, Matcher matcher, HttpRequest<?> request,
                                             @Nullable Authentication authentication) {
        if (row.open()) {
            return SecurityRuleResult.ALLOWED;
        }
        if (authentication == null) {
            return SecurityRuleResult.REJECTED; // no one signed in: 401
        }
        Collection<String> held = authentication.getRoles();
        boolean allowed = row.roles().stream().anyMatch(r -> held.contains(r.wireName()))
                || row.self() && matcher.group(1).equals(authentication.getName());
        if (!allowed) {
            request.setAttribute(REFUSAL, row.what() + ": only for " + row.whoMay() + "; "
                    + authentication.getName() + " has "
                    + (held.isEmpty() ? "no role" : String.join(", ", held)));
        }
        return allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED;
    }

    /**
     * The path as the router will see it: percent-escapes decoded, repeated and trailing slashes
     * dropped, so that {@code /api//users/}, {@code //api/users} or {@code /api/%75sers} meet
     * the row of /api/users. Read from the request target as sent: parsed as a URI,
     * {@code //api/users} would be a host named "api" and the path {@code /users}.
     */
    static String normalized(URI uri) {
        String target = uri.getScheme() != null ? String.valueOf(uri.getRawPath())
                : uri.toString();
        if (plain(target)) {
            return target;
        }
        int end = target.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = target.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = REPEATED_SLASHES.matcher(URLDecoder.decode(target.substring(0, end)
                .replace("+", "%2B"), StandardCharsets.UTF_8)).replaceAll("/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1)
                : path;
    }

    /** Nothing to decode or drop: what nearly every request sends, answered without copying. */
    private static boolean plain(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%' || c == '+' || c == '?' || c == '#'
                    || c == '/' && (i + 1 == target.length() || target.charAt(i + 1) == '/')) {
                return i == 0 && target.length() == 1; // "/" alone is plain
            }
        }
        return true;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
