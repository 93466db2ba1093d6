package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.TallyConsole;
import tally.client.api.TallyApi;

/**
 * An order's life in the real console against the real server in this JVM, headless: a
 * supervisor places it from the Orders tab by scans, the server's allocation reserves it, it is
 * picked on the Pick tab scan by scan (location, SKU, quantity: typed text and Enter, as a
 * keyboard-wedge scanner sends them) and shipped from there.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleOrdersTest {
    private static RealServer server;
    private static TallyApi otherClient;
    private TallyConsole console;

    @BeforeAll
    static void startServer() {
        server = new RealServer().start();
        otherClient = server.signedInClient();
        for (String[] p : new String[][] {{"CO-1", "A-01", "40"}, {"CO-2", "B-02", "20"},
                {"CO-3", "C-03", "5"}}) {
            otherClient.command("register-product", Map.of("sku", p[0], "name", "Test " + p[0]));
            otherClient.command("receive-stock", Map.of("sku", p[0], "location", p[1],
                    "quantity", Integer.parseInt(p[2])));
        }
        // An order the log holds before the console connects: the console once could not read
        // the orders list as the server answers it, and so never connected.
        otherClient.command("place-order", Map.of("orderId", "SO-EARLY",
                "lines", List.of(Map.of("sku", "CO-3", "quantity", 1))));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        console = TallyConsole.forServer(server.uri());
        console.showOn(stage);
    }

    @AfterEach
    void stopConsole() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void an_order_placed_from_the_console_is_allocated_picked_by_scanner_and_shipped(
            FxRobot robot) throws Exception {
        var console = new ConsoleDriver(robot);
        console.signIn();
        console.awaitConnected();
        eventually(() -> !console.orderStatus("SO-EARLY").equals("not listed"));

        console.placeOrder("SO-CON-1", "Acme Ltd", "CO-1", 5, "CO-2", 2);
        eventually(() -> console.orderStatus("SO-CON-1").equals("ALLOCATED"));
        assertThat(console.text("#placeOrderMessage"))
                .startsWith("Placed SO-CON-1: 2 lines, 7 units.");
        var placed = otherClient.order("SO-CON-1", 0);
        assertThat(placed.customer()).isEqualTo("Acme Ltd");
        assertThat(placed.lines()).extracting(l -> l.sku() + " " + l.ordered() + " " + l.reserved())
                .containsExactly("CO-1 5 5", "CO-2 2 2");
        assertThat(otherClient.stock("CO-1", 0, 0).reserved()).isEqualTo(5);

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT8);
        console.awaitFocus("pickOrder");
        console.scan("SO-CON-1");
        console.awaitFocus("pickLocation");
        assertThat(console.text("#pickPrompt")).isEqualTo("Go to A-01 and scan the location.");
        console.scan("B-02");
        assertThat(console.text("#pickMessage")).isEqualTo("This is B-02: go to A-01.");
        console.scan("A-01");
        console.awaitFocus("pickSku");
        console.scan("CO-1");
        console.awaitFocus("pickQuantity");
        console.scan("5");
        console.awaitFocus("pickLocation");
        assertThat(console.text("#pickPrompt")).isEqualTo("Go to B-02 and scan the location.");
        console.scan("B-02");
        console.awaitFocus("pickSku");
        console.scan("CO-2");
        console.awaitFocus("pickQuantity");
        console.scan("2");

        console.awaitFocus("pickShip");
        assertThat(otherClient.order("SO-CON-1", 0).status()).isEqualTo("PICKED");
        robot.type(KeyCode.ENTER);
        eventually(() -> console.text("#pickMessage").equals("Shipped SO-CON-1."));
        assertThat(otherClient.order("SO-CON-1", 0).status()).isEqualTo("SHIPPED");
        var stock = otherClient.stock("CO-1", 0, 0);
        assertThat(stock.onHand()).isEqualTo(35);
        assertThat(stock.reserved()).isZero();

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        eventually(() -> console.orderStatus("SO-CON-1").equals("SHIPPED"));
    }
}
