package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /api/backup: the whole site, password hashes included, so an admin's only; the key the
 * server leaves in backup.key (owner-only) opens this route and no other.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRouteTest implements TestPropertyProvider {
    private final Map<String, String> properties = OwnServer.properties("tally-backup-route");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Test
    void an_admin_gets_the_backup_and_an_operator_is_refused() {
        var admin = new CheckedHttp(server.getURI());
        var operator = admin.newOperator("olga", "olga-password-1");

        var zip = admin.get("/api/backup");
        var refused = operator.get("/api/backup");

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("tally-backup.zip"));
        assertThat(zip.header("Cache-Control")).contains("no-store");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("role-required", "admin");
        assertThat(CheckedHttp.anonymous(server.getURI()).get("/api/backup").status())
                .isEqualTo(401);
    }

    @Test
    void the_key_in_backup_key_opens_the_backup_route_only() throws Exception {
        Path file = Path.of(properties.get("tally.data")).resolve("backup.key");
        var written = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            written.load(in);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(written.getProperty("url")).endsWith(":" + server.getPort());
        var withKey = CheckedHttp.authorized(server.getURI(), "Bearer "
                + written.getProperty("key"));

        assertThat(withKey.get("/api/backup").status()).isEqualTo(200);
        assertThat(withKey.get("/api/users").status()).isEqualTo(401);
        assertThat(withKey.get("/api/stock").status()).isEqualTo(401);
        assertThat(CheckedHttp.authorized(server.getURI(), "Bearer "
                + written.getProperty("key") + "x").get("/api/backup").status()).isEqualTo(401);
    }
}
