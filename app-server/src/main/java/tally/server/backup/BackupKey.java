package tally.server.backup;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * How {@code tally.jar backup} reaches the server that holds its data folder: a key made at each
 * start, written with the server's address to {@code backup.key} in the data folder, readable by
 * the folder's owner only (whoever can read the folder can read the data anyway). The key is a
 * bearer token for {@code GET /api/backup} and nothing else; an admin's own token works there too.
 */
@Singleton
final class BackupKey implements TokenValidator<HttpRequest<?>> {
    static final String ROUTE = "/api/backup";
    /** Who the key signs in as, in the server's log; never a user's name (those have no colon). */
    static final String WHO = "system:backup";

    private final byte[] key;
    private final String keyText;
    private final Path file;
    private final Authentication answer = Authentication.build(WHO, List.of("admin"));

    BackupKey(@Value("${tally.data:tally-data}") String data) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.keyText = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.key = keyText.getBytes(StandardCharsets.US_ASCII);
        this.file = Path.of(data).resolve(BackupKeyFile.NAME);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        boolean match = MessageDigest.isEqual(key, token.getBytes(StandardCharsets.US_ASCII))
                && ROUTE.equals(request.getPath());
        return match ? Publishers.just(answer) : Publishers.empty();
    }

    /** Writes the file once the server listens, with the address a local client reaches. */
    @Singleton
    static final class Writer implements ApplicationEventListener<ServerStartupEvent> {
        private final BackupKey key;

        Writer(BackupKey key) {
            this.key = key;
        }

        @Override
        public void onApplicationEvent(ServerStartupEvent event) {
            EmbeddedServer server = event.getSource();
            String host = "0.0.0.0".equals(server.getHost()) || "::".equals(server.getHost())
                    ? "127.0.0.1" : server.getHost();
            BackupKeyFile.write(key.file, server.getScheme() + "://" + host + ":"
                    + server.getPort(), key.keyText);
        }
    }

    /** Takes the file away at a clean stop: a later backup then opens the files itself. */
    @Singleton
    static final class Remover implements ApplicationEventListener<ServerShutdownEvent> {
        private final BackupKey key;

        Remover(BackupKey key) {
            this.key = key;
        }

        @Override
        public void onApplicationEvent(ServerShutdownEvent event) {
            BackupKeyFile.delete(key.file);
        }
    }
}
