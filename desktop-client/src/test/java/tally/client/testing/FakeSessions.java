package tally.client.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tally.client.DemoSignIn;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemDetails.FieldError;
import tally.client.api.ProblemException;
import tally.client.api.WireShapes.NewUser;
import tally.client.api.WireShapes.Session;
import tally.client.api.WireShapes.UserAccount;
import tally.client.api.WireShapes.UserChange;
import tally.client.api.WireShapes.UserList;

/**
 * The fake server's users and sessions, as docs/api.md has them: the four demo users and
 * {@code owner} (every role, as the first user that setup makes), each with the password
 * {@code NAME-password}; tokens that can be ended all at once, as if they had expired; five
 * wrong passwords lock a name out (429). Its role table is its own, written from docs/api.md,
 * so that a mistake in the console's copy is not repeated here.
 */
public final class FakeSessions {
    public static final Set<String> ANY = Set.of();
    static final Set<String> READ_MODELS = Set.of("trainer", "admin");
    static final Set<String> USERS = Set.of("admin");
    private static final Set<String> STOCK = Set.of("operator", "supervisor");
    private static final Set<String> CATALOGUE = Set.of("supervisor");
    private static final List<String> ROLES = List.of("operator", "supervisor", "trainer",
            "admin");
    private static final Map<String, String> NAMES = Map.of("owner", "Olive Owner",
            "admin", "Ada Admin", "supervisor", "Sam Supervisor", "operator", "Olga Operator",
            "trainer", "Tom Trainer");
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{1,40}");
    private static final int TRIES = 5;

    private final Map<String, UserAccount> users = new LinkedHashMap<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Integer> wrongInARow = new HashMap<>();

    FakeSessions() {
        put(new UserAccount("owner", NAMES.get("owner"), ROLES, true));
        for (DemoSignIn d : demoUsers()) {
            put(new UserAccount(d.username(), NAMES.get(d.username()), List.of(d.role()), true));
        }
    }

    /** The demo's four users, as a demo server hands them to its console. */
    public static List<DemoSignIn> demoUsers() {
        return List.of("admin", "supervisor", "operator", "trainer").stream()
                .map(r -> new DemoSignIn(r, password(r), r)).toList();
    }

    public static String password(String username) {
        return username + "-password";
    }

    static Set<String> rolesForCommand(String name) {
        return switch (name) {
            case "register-product", "place-order", "cancel-order", "ship-order",
                 "define-location", "change-location", "retire-location", "rename-product",
                 "change-reorder-point", "assign-barcode" -> CATALOGUE;
            default -> STOCK;
        };
    }

    public synchronized Session signIn(String username, String password) {
        if (wrongInARow.getOrDefault(username, 0) >= TRIES) {
            throw new ProblemException(problem(429, "too-many-attempts",
                    "too many wrong passwords for " + username + "; try again later"), 60);
        }
        UserAccount user = users.get(username);
        if (user == null || !user.enabled() || !password.equals(passwords.get(username))) {
            wrongInARow.merge(username, 1, Integer::sum);
            throw new ProblemException(problem(401, "bad-credentials",
                    "wrong user name or password"));
        }
        wrongInARow.remove(username);
        String token = UUID.randomUUID().toString();
        tokens.put(token, username);
        return new Session(token, username, user.displayName(), user.roles(),
                "2030-01-01T18:00:00Z");
    }

    public synchronized void signOut(String token) {
        tokens.remove(token);
    }

    /** Every token is refused from now on, as when a shift's sessions expire. */
    public synchronized void endAll() {
        tokens.clear();
    }

    /** 401 without a valid token of an enabled user, 403 naming the roles without one. */
    public synchronized void authorize(String token, Set<String> roles) {
        String username = token == null ? null : tokens.get(token);
        UserAccount user = username == null ? null : users.get(username);
        if (user == null || !user.enabled()) {
            throw new ProblemException(problem(401, "unauthorized", "sign in first"));
        }
        if (!roles.isEmpty() && user.roles().stream().noneMatch(roles::contains)) {
            throw new ProblemException(problem(403, "forbidden",
                    "only " + String.join(" or ", roles.stream().sorted().toList()) + " may"));
        }
    }

    public synchronized UserList users() {
        return new UserList(List.copyOf(users.values()));
    }

    public synchronized UserAccount add(NewUser user) {
        var wrong = new ArrayList<FieldError>();
        if (user.username() == null || !NAME.matcher(user.username()).matches()) {
            wrong.add(new FieldError("username", "1-40 characters of a-z 0-9 . _ -"));
        }
        checkPassword(user.password(), wrong);
        checkRoles(user.roles(), wrong);
        refuseIf(wrong);
        if (users.containsKey(user.username())) {
            throw new ProblemException(problem(409, "username-taken",
                    user.username() + " is taken"));
        }
        passwords.put(user.username(), user.password());
        return put(new UserAccount(user.username(), user.displayName(), user.roles(), true));
    }

    public synchronized UserAccount change(String username, UserChange change) {
        UserAccount user = known(username);
        var wrong = new ArrayList<FieldError>();
        if (change.roles() != null) {
            checkRoles(change.roles(), wrong);
        }
        refuseIf(wrong);
        return put(new UserAccount(username,
                change.displayName() == null ? user.displayName() : change.displayName(),
                change.roles() == null ? user.roles() : change.roles(),
                change.enabled() == null ? user.enabled() : change.enabled()));
    }

    public synchronized void resetPassword(String username, String password) {
        known(username);
        var wrong = new ArrayList<FieldError>();
        checkPassword(password, wrong);
        refuseIf(wrong);
        passwords.put(username, password);
        wrongInARow.remove(username);
    }

    private UserAccount put(UserAccount user) {
        users.put(user.username(), user);
        passwords.putIfAbsent(user.username(), password(user.username()));
        return user;
    }

    private UserAccount known(String username) {
        UserAccount user = users.get(username);
        if (user == null) {
            throw new ProblemException(problem(404, "unknown-user", "no user " + username));
        }
        return user;
    }

    private static void checkPassword(String password, List<FieldError> wrong) {
        if (password == null || password.length() < 10 || password.length() > 200) {
            wrong.add(new FieldError("password", "10-200 characters"));
        }
    }

    private static void checkRoles(List<String> roles, List<FieldError> wrong) {
        if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
            wrong.add(new FieldError("roles", "one or more of operator, supervisor, trainer,"
                    + " admin"));
        }
    }

    private static void refuseIf(List<FieldError> wrong) {
        if (!wrong.isEmpty()) {
            throw new ProblemException(new ProblemDetails(
                    "https://tally.dev/problems/invalid-request", "Bad Request", 400,
                    wrong.get(0).field() + ": " + wrong.get(0).message(), wrong));
        }
    }

    private static ProblemDetails problem(int status, String slug, String detail) {
        return new ProblemDetails("https://tally.dev/problems/" + slug, slug, status, detail,
                List.of());
    }
}
