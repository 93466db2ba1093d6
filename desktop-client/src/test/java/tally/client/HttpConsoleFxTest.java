package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.stock.StockOverviewRow;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeHttpServer;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;

/** The console over real HTTP and a real event stream, to a server that goes away and back. */
@ExtendWith(ApplicationExtension.class)
class HttpConsoleFxTest {
    private final FakeTallyApi fake = new FakeTallyApi();
    private FakeHttpServer server;
    private TallyConsole console;

    @Start
    void start(Stage stage) throws Exception {
        fake.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget"));
        server = new FakeHttpServer(fake).start();
        console = TallyConsole.forServer(server.uri());
        console.showOn(stage);
    }

    /** Every test starts signed in, through the sign-in screen, as a user with every role. */
    @BeforeEach
    void signIn(FxRobot robot) throws Exception {
        SigningIn.as(robot, "owner");
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        server.close();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    private static long onHand(FxRobot robot, String sku) {
        TableView<StockOverviewRow> table = robot.lookup("#stockTable").queryTableView();
        return table.getItems().stream().filter(r -> r.sku().equals(sku)).findFirst()
                .map(StockOverviewRow::onHand).orElse(-1L);
    }

    @Test
    void a_command_from_the_form_and_another_clients_change_both_arrive_by_the_stream(
            FxRobot robot) throws Exception {
        eventually(() -> status(robot).startsWith("Connected to " + server.uri()));
        // The SKU is checked on Enter: known to the console, it goes on at once.
        eventually(() -> onHand(robot, "SKU-1") == 0);
        robot.clickOn("#location").write("A-01").type(KeyCode.ENTER).write("SKU-1")
                .type(KeyCode.ENTER).write("12").type(KeyCode.ENTER).type(KeyCode.ENTER);
        eventually(() -> onHand(robot, "SKU-1") == 12);

        fake.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 5L));
        eventually(() -> onHand(robot, "SKU-1") == 7);
    }

    @Test
    void after_the_server_restarts_it_reconnects_and_resynchronises(FxRobot robot)
            throws Exception {
        eventually(() -> status(robot).startsWith("Connected"));
        server.close();
        eventually(() -> status(robot).startsWith("Server unreachable at " + server.uri()
                + " (connection refused) — retrying in"));

        fake.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 30L));
        server.start();
        eventually(() -> status(robot).startsWith("Connected"));
        eventually(() -> onHand(robot, "SKU-1") == 30);
        assertThat(fake.streamsOpenedFrom).first().isEqualTo(OptionalLong.of(1));
        assertThat(fake.streamsOpenedFrom).last().isEqualTo(OptionalLong.of(2));
    }
}
