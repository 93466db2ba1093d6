package tally.users;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What can be done with users and sessions: the first user's setup, signing in and out, and an
 * admin's changes. Every user is also kept in memory, so that a request's token check never asks
 * the store; changes go to the store first, then here. Password hashing is slow: call these off
 * the event loop.
 */
public final class UserAccounts {
    private final UserStore store;
    private final Sessions sessions;
    private final SignInGuard guard;
    private final InstantSource clock;
    private final Map<String, StoredUser> users = new ConcurrentHashMap<>();
    private final LongAdder badCredentials = new LongAdder();
    private final LongAdder lockedOut = new LongAdder();

    /** A session begun: its token (given once) and the account it signs in. */
    public record SignedIn(Sessions.Issued session, UserAccount account) {
    }

    public UserAccounts(UserStore store, Sessions sessions, SignInGuard guard,
                        InstantSource clock) {
        this.store = store;
        this.sessions = sessions;
        this.guard = guard;
        this.clock = clock;
        store.users().forEach(u -> users.put(u.username(), u));
    }

    public boolean hasUsers() {
        if (users.isEmpty() && store.shared()) { // another node's setup closes this one's too
            store.users().forEach(u -> users.putIfAbsent(u.username(), u));
        }
        return !users.isEmpty();
    }

    public List<UserAccount> list() {
        return users.values().stream().map(StoredUser::account)
                .sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.get(username)).map(StoredUser::account);
    }

    /** The first user, with every role; refused once any user exists. */
    public synchronized UserAccount setUp(String username, String password, String displayName) {
        if (hasUsers()) {
            throw UserProblem.setupClosed("setup is closed: a user exists already; sign in as"
                    + " an admin to add users");
        }
        return add(username, password, displayName, EnumSet.allOf(Role.class));
    }

    public synchronized UserAccount add(String username, String password, String displayName,
                                        Set<Role> roles) {
        var faults = new ArrayList<FieldError>();
        fault(faults, "username", UserRules.usernameFault(username));
        fault(faults, "password", UserRules.passwordFault(password));
        if (displayName != null) {
            fault(faults, "displayName", UserRules.displayNameFault(displayName));
        }
        if (roles.isEmpty()) {
            faults.add(new FieldError("roles", "must name at least one role"));
        }
        if (!faults.isEmpty()) {
            throw UserProblem.invalid(faults);
        }
        var user = new StoredUser(new UserAccount(username,
                displayName == null ? username : displayName.strip(), roles, true),
                Passwords.hash(password));
        if (users.containsKey(username) || !store.insert(user, clock.instant())) {
            throw UserProblem.usernameTaken(username);
        }
        users.put(username, user);
        return user.account();
    }

    /**
     * Changes what is given (null: unchanged). Disabling a user ends its sessions at once; the
     * last enabled admin can be neither disabled nor stripped of the role.
     */
    public synchronized UserAccount update(String username, String displayName, Set<Role> roles,
                                           Boolean enabled) {
        StoredUser user = existing(username);
        UserAccount was = user.account();
        var now = new UserAccount(username, displayName == null ? was.displayName()
                : displayName.strip(), roles == null ? was.roles() : roles,
                enabled == null ? was.enabled() : enabled);
        boolean wasAdmin = was.enabled() && was.has(Role.ADMIN);
        if (wasAdmin && !(now.enabled() && now.has(Role.ADMIN)) && otherAdmins(username) == 0) {
            throw UserProblem.lastAdmin(username);
        }
        var changed = new StoredUser(now, user.passwordHash());
        store.update(changed);
        users.put(username, changed);
        if (!now.enabled()) {
            sessions.revokeAllOf(username, null);
        }
        return now;
    }

    /**
     * Sets a new password. Someone changing their own (not as an admin) must give the current
     * one, and wrong ones count against the username as on signing in. The user's other sessions
     * end: only the one that made the change (keptToken, or null) goes on.
     */
    public UserAccount changePassword(UserAccount caller, String username, String password,
                                      String currentPassword, String keptToken) {
        StoredUser user = existing(username);
        fault(password);
        if (!caller.has(Role.ADMIN) || currentPassword != null) {
            if (currentPassword == null) {
                throw UserProblem.currentPasswordRefused("send your current password as"
                        + " currentPassword to change it");
            }
            if (!guard.attempt(username, () -> Passwords.matches(currentPassword,
                    user.passwordHash()))) {
                throw UserProblem.currentPasswordRefused("currentPassword is not the current"
                        + " password of " + username);
            }
        }
        return setPassword(username, password,
                caller.username().equals(username) ? keptToken : null);
    }

    /** An admin's reset, or the demo's: ends all of the user's sessions. */
    public UserAccount resetPassword(String username, String password) {
        existing(username);
        fault(password);
        return setPassword(username, password, null);
    }

    /** Sign-ins refused since start: a wrong name or password (401), or a lockout (429). */
    public long signInsRefused(boolean whileLockedOut) {
        return (whileLockedOut ? lockedOut : badCredentials).sum();
    }

    /**
     * On a store shared with other nodes: takes up the users and sessions as the store has them
     * now, so that what another node changed holds here too (docs/scale.md bounds how soon).
     */
    public synchronized void recheck() {
        var stored = new HashMap<String, StoredUser>();
        store.users().forEach(u -> stored.put(u.username(), u));
        users.keySet().retainAll(stored.keySet());
        users.putAll(stored);
        sessions.recheck();
    }

    public SignedIn signIn(String username, String password) {
        try {
            return checkedSignIn(username, password);
        } catch (UserProblem refused) {
            (refused.status() == 429 ? lockedOut : badCredentials).increment();
            throw refused;
        }
    }

    private SignedIn checkedSignIn(String username, String password) {
        if (!UserRules.isUsername(username)) {
            Passwords.matchesNobody(password);
            throw UserProblem.badCredentials();
        }
        if (store.shared() && !users.containsKey(username)) {
            store.user(username).ifPresent(u -> users.put(username, u)); // added on another node
        }
        boolean right = guard.attempt(username, () -> {
            StoredUser user = users.get(username);
            return user == null || !user.account().enabled() ? Passwords.matchesNobody(password)
                    : Passwords.matches(password, user.passwordHash());
        });
        if (!right) {
            throw UserProblem.badCredentials();
        }
        UserAccount account = users.get(username).account();
        return new SignedIn(sessions.issue(username), account);
    }

    public void signOut(String token) {
        sessions.revoke(token);
    }

    /** The account a token signs in: empty when unknown, expired, signed out or disabled. */
    public Optional<UserAccount> accountOf(String token) {
        return sessions.usernameOf(token).map(this::known).map(StoredUser::account)
                .filter(UserAccount::enabled);
    }

    /**
     * The user as this node knows it; on a shared store a user another node added since this
     * node's last re-check is read from the store (its session was, so its user must be too).
     */
    private StoredUser known(String username) {
        StoredUser user = users.get(username);
        if (user == null && store.shared()) {
            user = store.user(username).orElse(null);
            if (user != null) {
                users.putIfAbsent(username, user);
            }
        }
        return user;
    }

    public Instant now() {
        return clock.instant();
    }

    private synchronized UserAccount setPassword(String username, String password,
                                                 String keptToken) {
        StoredUser changed = new StoredUser(existing(username).account(),
                Passwords.hash(password));
        store.update(changed);
        users.put(username, changed);
        sessions.revokeAllOf(username, keptToken);
        return changed.account();
    }

    private StoredUser existing(String username) {
        if (store.shared()) { // an admin's change starts from the user as every node left it
            store.user(username).ifPresent(u -> users.put(username, u));
        }
        StoredUser user = users.get(username);
        if (user == null) {
            throw UserProblem.unknownUser(username);
        }
        return user;
    }

    private long otherAdmins(String username) {
        return users.values().stream().map(StoredUser::account)
                .filter(a -> !a.username().equals(username) && a.enabled() && a.has(Role.ADMIN))
                .count();
    }

    private static void fault(String password) {
        String fault = UserRules.passwordFault(password);
        if (fault != null) {
            throw UserProblem.invalid(List.of(new FieldError("password", fault)));
        }
    }

    private static void fault(List<FieldError> faults, String field, String fault) {
        if (fault != null) {
            faults.add(new FieldError(field, fault));
        }
    }
}
