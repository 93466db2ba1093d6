package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The real console against the real server in this JVM, headless: every command from its
 * form, refusals by their field, other clients' changes live, pending turning to applied, and
 * the trainer's pause and resume. Each test works on products of its own.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAgainstServerTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static RealServer server;
    private static TallyApi otherClient;
    private TallyConsole console;

    @BeforeAll
    static void startServer() {
        server = new RealServer().start();
        otherClient = server.signedInClient();
        // Bins in the register: the form then sends to them without asking first.
        for (String bin : new String[] {"A-01", "B-02"}) {
            otherClient.command("define-location", Map.of("location", bin));
        }
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
        otherClient.controlProjection("stock", "resume");
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
    }

    /** A product of this test's own, with 20 at A-01, registered by another client. */
    private static String product() {
        String sku = "T-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        otherClient.command("register-product", Map.of("sku", sku, "name", "Test " + sku,
                "reorderPoint", 5));
        otherClient.command("receive-stock", Map.of("sku", sku, "location", "A-01",
                "quantity", 20));
        return sku;
    }

    @Test
    void each_command_is_issued_from_its_form(FxRobot robot) throws Exception {
        var console = new ConsoleDriver(robot);
        console.signIn();
        console.awaitConnected();
        String sku = "F-" + System.nanoTime() % 1_000_000;

        console.issue("register", sku, "Form-made product", "5");
        eventually(() -> console.row(sku).isPresent());
        assertThat(console.text("#formMessage")).startsWith("Registered " + sku);

        console.issue("receive", "A-01", sku, "20", "PO-1");
        eventually(() -> console.onHand(sku) == 20);
        console.issue("move", "A-01", sku, "B-02", "5");
        eventually(() -> console.text("#formMessage").startsWith("Moved 5 of " + sku));
        console.issue("pick", "B-02", sku, "3", "ORDER-1");
        eventually(() -> console.onHand(sku) == 17);
        console.issue("count", "A-01", sku, "10", "cycle count");
        eventually(() -> console.onHand(sku) == 12);

        var detail = otherClient.stock(sku, 0, 0);
        assertThat(detail.locations()).extracting(l -> l.location() + "=" + l.quantity())
                .containsExactlyInAnyOrder("A-01=10", "B-02=2");
    }

    @Test
    void a_refusal_is_shown_in_plain_words_by_the_field_it_concerns(FxRobot robot)
            throws Exception {
        var console = new ConsoleDriver(robot);
        console.signIn();
        console.awaitConnected();
        String sku = product();
        eventually(() -> console.onHand(sku) == 20);

        console.issue("pick", "A-01", sku, "999", "");
        eventually(() -> console.visible("#quantity-error"));
        assertThat(console.text("#quantity-error"))
                .isEqualTo("Not enough " + sku + " at A-01: only 20 there, not 999.");

        console.issue("move", "A-01", sku, "A-01", "1");
        eventually(() -> console.visible("#to-error"));
        assertThat(console.text("#to-error")).contains("other than the one you move from");

        // An unknown SKU is said by its field on Enter, before anything else is asked; this
        // user may register products, so it is offered.
        console.issue("receive", "A-01", "NO-SUCH-" + sku);
        eventually(() -> console.visible("#sku-error"));
        assertThat(console.text("#sku-error")).isEqualTo(
                "No product NO-SUCH-" + sku + ": press Enter to register it.");
    }

    @Test
    void a_change_made_by_another_client_appears_live(FxRobot robot) throws Exception {
        var console = new ConsoleDriver(robot);
        console.signIn();
        console.awaitConnected();
        String sku = product();
        eventually(() -> console.onHand(sku) == 20);

        otherClient.command("pick-stock", Map.of("sku", sku, "location", "A-01", "quantity", 17));
        eventually(() -> console.onHand(sku) == 3);
        assertThat(console.row(sku).orElseThrow().belowReorderPoint()).isTrue();
    }

    @Test
    void pending_turns_to_applied_when_the_read_model_reaches_the_command(FxRobot robot)
            throws Exception {
        var console = new ConsoleDriver(robot);
        console.signIn();
        console.awaitConnected();
        String sku = product();
        eventually(() -> console.onHand(sku) == 20);
        otherClient.controlProjection("stock", "pause");

        console.issue("receive", "A-01", sku, "4", "");
        eventually(() -> console.row(sku).orElseThrow().pending());
        assertThat(console.row(sku).orElseThrow().stateText()).startsWith("pending… (");
        assertThat(console.onHand(sku)).isEqualTo(20);

        otherClient.controlProjection("stock", "resume");
        eventually(() -> !console.row(sku).orElseThrow().pending());
        assertThat(console.row(sku).orElseThrow().stateText()).startsWith("✓ applied (");
        assertThat(console.onHand(sku)).isEqualTo(24);
    }

    @Test
    void pause_and_resume_in_the_trainer_change_what_is_shown(FxRobot robot) throws Exception {
        var console = new ConsoleDriver(robot);
        console.signIn();
        console.awaitConnected();
        String sku = product();
        eventually(() -> console.onHand(sku) == 20);
        WaitForAsyncUtils.asyncFx(() -> this.console.showTab("trainer")).get();

        robot.clickOn("#pause-stock");
        eventually(() -> console.text("#state-stock").equals("PAUSED"));
        otherClient.command("receive-stock", Map.of("sku", sku, "location", "A-01",
                "quantity", 1));
        eventually(() -> console.text("#lag-stock").contains("lag 1 event,"));
        assertThat(console.onHand(sku)).isEqualTo(20);
        assertThat(console.text("#state-locations")).isEqualTo("RUNNING");

        robot.clickOn("#resume-stock");
        eventually(() -> console.text("#state-stock").equals("RUNNING"));
        eventually(() -> console.onHand(sku) == 21);
        eventually(() -> console.text("#lag-stock").contains("lag 0 events"));
    }

    @Test
    void a_stale_screen_says_in_one_line_what_changed(FxRobot robot)
            throws Exception {
        var console = new ConsoleDriver(robot);
        console.signIn();
        console.awaitConnected();
        String sku = product();
        eventually(() -> console.onHand(sku) == 20);
        robot.clickOn("#kind-pick").clickOn("#location").write("A-01")
                .type(javafx.scene.input.KeyCode.ENTER).write(sku);
        eventually(() -> console.text("#lookedAt").contains("20 on hand"));

        otherClient.command("pick-stock", Map.of("sku", sku, "location", "A-01", "quantity", 8));
        eventually(() -> console.text("#lookedAt").contains("It has changed since"));
        robot.type(javafx.scene.input.KeyCode.ENTER).write("15")
                .type(javafx.scene.input.KeyCode.ENTER).type(javafx.scene.input.KeyCode.ENTER);

        // Per location when the console heard the figures it showed, else the product's total.
        eventually(() -> console.text("#sku-error").endsWith("; look again and retry."));
        assertThat(console.text("#sku-error")).isIn(
                "A-01 now holds 12 of " + sku + " (you saw 20); look again and retry.",
                sku + " now has 12 on hand (you saw 20); look again and retry.");
        assertThat(otherClient.stock(sku, 0, 0).onHand()).isEqualTo(12);
    }
}
