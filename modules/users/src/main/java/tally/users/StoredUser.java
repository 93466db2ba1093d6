package tally.users;

/** A user as its store keeps it: the account and its password's Argon2id hash. */
public record StoredUser(UserAccount account, String passwordHash) {
    public String username() {
        return account.username();
    }

    @Override
    public String toString() {
        return "StoredUser[" + account + "]"; // the hash stays out of any log line
    }
}
