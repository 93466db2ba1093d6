package tally.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;
import tally.server.openapi.TestSignIn;

/**
 * Passwords, right and wrong, and tokens never reach a file of the data folder, a log line (at
 * DEBUG, finer than the server logs) or an answer, whatever the call: setup, adding a user,
 * signing in, a wrong password, a body that is not JSON, changing and resetting a password.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretsStayOutTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        properties = OwnServer.properties("tally-secrets");
        return properties;
    }

    @Test
    void no_password_or_token_is_in_a_data_file_a_log_line_or_an_answer() {
        var log = new ListAppender<ILoggingEvent>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.DEBUG);
        var secrets = new ArrayList<>(List.of(TestSignIn.PASSWORD, "first-Secret-4711",
                "wrong-Secret-4712", "second-Secret-4713", "broken-Secret-4714",
                "reset-Secret-4715"));
        var answers = new StringBuilder();
        try {
            var admin = new CheckedHttp(server.getURI());
            var anonymous = CheckedHttp.anonymous(server.getURI());
            answers.append(admin.post("/api/users", "{\"username\":\"sam\",\"password\":"
                    + "\"first-Secret-4711\",\"roles\":[\"operator\"]}").body());
            answers.append(anonymous.post("/api/sessions",
                    "{\"username\":\"sam\",\"password\":\"wrong-Secret-4712\"}").body());
            var signedIn = anonymous.post("/api/sessions",
                    "{\"username\":\"sam\",\"password\":\"first-Secret-4711\"}");
            String token = signedIn.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            secrets.add(token);
            var sam = CheckedHttp.authorized(server.getURI(), "Bearer " + token);
            answers.append(sam.send("PUT", "/api/users/sam/password", "application/json",
                    ("{\"password\":\"second-Secret-4713\",\"currentPassword\":"
                            + "\"first-Secret-4711\"}").getBytes(StandardCharsets.UTF_8)).body());
            answers.append(anonymous.post("/api/sessions",
                    "{\"username\":\"sam\",\"password\":\"broken-Secret-4714").body());
            answers.append(anonymous.post("/api/sessions",
                    "{\"username\":\"sam\",\"password\":broken-Secret-4714}").body());
            answers.append(admin.send("PUT", "/api/users/sam/password", "application/json",
                    "{\"password\":\"reset-Secret-4715\"}".getBytes(StandardCharsets.UTF_8))
                    .body());
            answers.append(anonymous.post("/api/sessions",
                    "{\"username\":\"sam\",\"password\":\"reset-Secret-4715\"}").status());
        } finally {
            root.setLevel(level);
            root.detachAppender(log);
        }
        var lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("log lines").isNotEmpty();
        assertThat(answers).as("answers").contains("invalid-request").endsWith("200");
        for (String secret : secrets) {
            assertThat(lines).as("log lines").noneMatch(l -> l.contains(secret));
            assertThat(answers.toString()).as("answers").doesNotContain(secret);
            assertThat(DataFiles.holding(Path.of(properties.get("tally.data")), secret))
                    .as("files holding " + secret).isEmpty();
        }
    }
}
