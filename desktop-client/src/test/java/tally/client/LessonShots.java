package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;

/**
 * Against the demo, signed in as its trainer (a trainer and an operator): each of the six
 * lessons set up from the Lessons panel, photographed once the class has something to see
 * (docs/screenshots/lesson-N.png), then reset; first the trainer view itself (trainer.png).
 */
final class LessonShots {
    private final ScreenshotSession session;
    private final Scene scene;
    private final Path out;

    LessonShots(ScreenshotSession session, Path out) {
        this.session = session;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        fx(() -> {
            session.console().showTab("trainer");
            return null;
        });
        trainer();
        lesson(1, "Seen: ");
        setUp(2);
        waitFor(() -> check().startsWith("Watching: they disagree now"), 60);
        pause(1200);
        shot(2);
        waitFor(() -> !check().startsWith("Watching"), 60);
        reset();
        lookAt("SKU-1001");
        setUp(3);
        waitFor(() -> check().startsWith("Watching: waiting for your command"), 60);
        fx(() -> {
            ((ButtonBase) scene.lookup("#kind-receive")).fire();
            ((TextField) scene.lookup("#location")).setText("A-01-1");
            ((TextField) scene.lookup("#quantity")).setText("1");
            ((ButtonBase) scene.lookup("#submit")).fire();
            return null;
        });
        waitFor(() -> !check().startsWith("Watching"), 60);
        pause(1500);
        shot(3);
        setUp(4);
        waitFor(() -> check().startsWith("Watching: stock failed at position"), 60);
        pause(4000); // the class watches the lag grow while it is FAILED
        fire("#resume-stock");
        waitFor(() -> !check().startsWith("Watching"), 60);
        shot(4);
        reset();
        setUp(5);
        waitFor(() -> check().startsWith("Watching: stock has replayed"), 600);
        pause(3000);
        shot(5);
        waitFor(() -> !check().startsWith("Watching"), 600);
        reset();
        setUp(6);
        waitFor(() -> check().matches(".*PLACED for [3-9]\\.\\d s.*"), 60);
        fx(() -> {
            ((ScrollPane) scene.lookup("#readModelsScroll")).setVvalue(1.0);
            return null;
        });
        fire("#resume-allocation");
        waitFor(() -> !check().startsWith("Watching"), 60);
        pause(1000);
        shot(6);
        reset();
    }

    /**
     * docs/screenshots/trainer.png: the trainer view with locations paused and two receives
     * behind, the Lessons panel below, as screens.md describes it.
     */
    private void trainer() throws Exception {
        fire("#pause-locations");
        waitFor(() -> text("#state-locations").equals("PAUSED"), 30);
        for (int i = 0; i < 2; i++) {
            fx(() -> {
                ((ButtonBase) scene.lookup("#kind-receive")).fire();
                ((TextField) scene.lookup("#location")).setText("A-01-1");
                ((TextField) scene.lookup("#sku")).setText("SKU-1001");
                ((TextField) scene.lookup("#quantity")).setText("1");
                ((ButtonBase) scene.lookup("#submit")).fire();
                return null;
            });
            waitFor(() -> text("#formMessage").startsWith("Received"), 30);
        }
        pause(5000);
        ShotTools.shot(scene.getRoot(), out, "trainer");
        fire("#resume-locations");
        waitFor(() -> text("#state-locations").equals("RUNNING"), 30);
    }

    private void lesson(int n, String shotAt) throws Exception {
        setUp(n);
        waitFor(() -> check().startsWith(shotAt) || check().startsWith("Not seen"), 120);
        pause(1000);
        shot(n);
        reset();
    }

    /** Chooses the lesson and presses Set up. */
    private void setUp(int n) throws Exception {
        fire("#lesson" + n);
        fire("#lessonSetUp");
        waitFor(() -> !text("#lessonNote").startsWith("Setting up"), 60);
    }

    private void reset() throws Exception {
        fire("#lessonReset");
        waitFor(() -> text("#lessonNote").startsWith("Reset"), 60);
    }

    /** The product typed into the form's SKU field: the form looks at it. */
    private void lookAt(String sku) throws Exception {
        fx(() -> {
            ((ButtonBase) scene.lookup("#kind-receive")).fire();
            ((TextField) scene.lookup("#sku")).setText(sku);
            return null;
        });
        waitFor(() -> text("#lookedAt").startsWith("You are looking at " + sku), 30);
    }

    private void fire(String id) throws Exception {
        fx(() -> {
            ((ButtonBase) scene.lookup(id)).fire();
            return null;
        });
    }

    private String check() {
        return text("#lessonCheck");
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    private void shot(int n) throws Exception {
        ShotTools.shot(scene.getRoot(), out, "lesson-" + n);
    }
}
