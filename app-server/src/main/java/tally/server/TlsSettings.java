package tally.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * HTTPS from a PKCS12 keystore: named by {@code --tls-keystore} or {@code tally.tls.keystore},
 * its password from the environment or the settings file, never from a flag, since every user
 * of the machine can read a command line in {@code ps}. The keystore is opened here, before
 * Micronaut, so that a wrong one is one plain sentence and not a stack trace from Netty.
 */
final class TlsSettings {
    static final String KEYSTORE = "tally.tls.keystore";
    static final String PASSWORD = "tally.tls.keystore-password";
    static final String PASSWORD_VARIABLE = "TALLY_TLS_KEYSTORE_PASSWORD";

    private TlsSettings() {
    }

    /**
     * Micronaut's settings for HTTPS on the server's one port, or none without a keystore.
     * The environment wins over the file, as it does for Micronaut's own settings.
     *
     * @throws IllegalStateException when the keystore cannot be used, saying why in one line
     */
    static Map<String, Object> micronaut(Map<String, Object> settings,
                                         Map<String, String> environment) {
        Optional<Path> keystore = keystore(settings);
        if (keystore.isEmpty()) {
            return Map.of();
        }
        Path file = keystore.get();
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null && settings.get(PASSWORD) != null) {
            password = String.valueOf(settings.get(PASSWORD));
        }
        if (password == null) {
            throw new IllegalStateException("the keystore " + file + " needs its password: set "
                    + PASSWORD_VARIABLE + " or " + PASSWORD + " in the --config file");
        }
        open(file, password.toCharArray());
        // With TLS on and dual-protocol off, Micronaut binds its ssl port alone: the port option
        // then names the HTTPS port, and -1 picks a free one as it does for HTTP.
        return Map.of("micronaut.server.ssl.enabled", true,
                "micronaut.server.ssl.build-self-signed", false,
                "micronaut.server.ssl.port", settings.getOrDefault(Settings.PORT, 8080),
                "micronaut.server.ssl.key-store.path", "file:" + file,
                "micronaut.server.ssl.key-store.password", password,
                "micronaut.server.ssl.key-store.type", "PKCS12");
    }

    /**
     * The start-up warning for plain HTTP on an address other machines can reach: passwords
     * and session tokens would cross the network readable by anyone on it.
     */
    static Optional<String> plainOnTheNetwork(Map<String, Object> settings) {
        String host = String.valueOf(settings.getOrDefault(Settings.HOST, "127.0.0.1"));
        if (keystore(settings).isPresent() || loopback(host)) {
            return Optional.empty();
        }
        return Optional.of("listening on " + host + " without TLS: passwords and tokens cross"
                + " the network in clear text; start with --tls-keystore FILE (docs/install.md)");
    }

    private static Optional<Path> keystore(Map<String, Object> settings) {
        Object named = settings.get(KEYSTORE);
        if (named == null || named.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(named.toString()).toAbsolutePath().normalize());
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Loads the keystore as Micronaut will, and finds a private key the password opens. */
    private static void open(Path file, char[] password) {
        var keys = loaded(file, password);
        try {
            for (String alias : Collections.list(keys.aliases())) {
                if (keys.isKeyEntry(alias)) {
                    keys.getKey(alias, password);
                    return;
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new IllegalStateException("the private key in " + file + " has another"
                    + " password than the keystore: Tally needs both the same");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the keystore " + file + ": " + e);
        }
        throw new IllegalStateException("the keystore " + file + " holds no private key, only"
                + " certificates: it needs the server's key and certificate");
    }

    private static IllegalStateException notPkcs12(Path file, Exception e) {
        String why = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return new IllegalStateException(file + " is not a PKCS12 keystore" + why);
    }

    private static KeyStore loaded(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            var keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            return keys;
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the keystore " + file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new IllegalStateException("the keystore " + file + " may not be read by this"
                    + " user");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalStateException("the password does not open the keystore " + file
                        + " (from " + PASSWORD_VARIABLE + " or " + PASSWORD + ")");
            }
            throw notPkcs12(file, e);
        } catch (GeneralSecurityException e) {
            throw notPkcs12(file, e);
        }
    }
}
