package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.TallyConsole;

/** The console says when the server is gone, and after a restart it carries on by itself. */
@ExtendWith(ApplicationExtension.class)
class ConsoleReconnectTest {
    private final RealServer server = new RealServer().start();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        console = TallyConsole.forServer(server.uri());
        console.showOn(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void after_the_server_restarts_it_reconnects_and_resynchronises_by_itself(FxRobot robot)
            throws Exception {
        var driver = new ConsoleDriver(robot);
        var other = server.signedInClient();
        other.command("register-product", Map.of("sku", "R-1", "name", "Restarted"));
        other.command("receive-stock", Map.of("sku", "R-1", "location", "A-01", "quantity", 9));
        driver.signIn();
        driver.awaitConnected();
        eventually(() -> driver.onHand("R-1") == 9);

        server.stop();
        eventually(() -> driver.text("#status").startsWith("Server unreachable at "
                + server.uri()));
        assertThat(driver.text("#status")).contains("retrying in");

        server.start();
        driver.awaitConnected();
        other.command("pick-stock", Map.of("sku", "R-1", "location", "A-01", "quantity", 4));
        eventually(() -> driver.onHand("R-1") == 5);
        assertThat(driver.text("#status")).startsWith("Connected to " + server.uri());
    }
}
