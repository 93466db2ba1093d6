package tally.users;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password hashes: Argon2id with Spring Security's defaults (16 MiB, 2 passes, a 16-byte salt of
 * its own per hash), in the encoder's text form that carries its parameters, so stronger settings
 * later still read the hashes made today. Slow on purpose (some tens of milliseconds): call it off
 * the event loop.
 */
public final class Passwords {
    private static final Argon2PasswordEncoder ARGON2 =
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Checked against when the user does not exist, so that costs the same time as a wrong
     *  password and the answer's timing does not tell which names exist. */
    private static final String NOBODY = ARGON2.encode("no such user, no such password");

    private Passwords() {
    }

    public static String hash(String password) {
        return ARGON2.encode(password);
    }

    public static boolean matches(String password, String hash) {
        return ARGON2.matches(password, hash);
    }

    /** As long as {@link #matches} on a real hash, and always false. */
    static boolean matchesNobody(String password) {
        ARGON2.matches(password, NOBODY);
        return false;
    }
}
