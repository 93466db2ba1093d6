package tally.server.client;

import static tally.server.client.ConsoleDriver.eventually;
import static tally.server.client.ConsoleDriver.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.ProjectionStatus;

/**
 * The Lessons panel of the trainer view, driven as a trainer does: choose a lesson, Set up,
 * read the check. {@link #undoAll} puts the server back between tests, as Reset does.
 */
final class LessonDriver {
    private final FxRobot robot;
    private final ConsoleDriver console;

    LessonDriver(FxRobot robot) {
        this.robot = robot;
        this.console = new ConsoleDriver(robot);
    }

    /** Signed in as the test server's first user (every role), on the Lessons panel. */
    LessonDriver ready() throws Exception {
        console.signIn();
        console.awaitConnected();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        eventually(() -> console.visible("#lessons"));
        return this;
    }

    LessonDriver choose(int lesson) {
        robot.clickOn("#lesson" + lesson);
        return this;
    }

    void setUp() {
        robot.clickOn("#lessonSetUp");
    }

    String check() throws Exception {
        return console.text("#lessonCheck");
    }

    String note() throws Exception {
        return console.text("#lessonNote");
    }

    String text(String id) throws Exception {
        return console.text(id);
    }

    /** Waits until the check's sentence starts so, and gives it. */
    String awaitCheck(String start) throws Exception {
        try {
            eventually(() -> check().startsWith(start));
        } catch (AssertionError e) {
            throw new AssertionError("the check says \"" + check() + "\", the lesson \""
                    + note() + "\"", e);
        }
        return check();
    }

    /** With {@code -Dtally.shots=DIR}, the whole console as docs/screenshots' lesson-N.png. */
    void shotIfAsked(int lesson) throws Exception {
        String dir = System.getProperty("tally.shots");
        if (dir == null) {
            return;
        }
        WritableImage image = onFx(() -> robot.lookup("#lessons").query().getScene().getRoot().snapshot(null, null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels,
                0, w);
        png.setRGB(0, 0, w, h, pixels, 0, w);
        ImageIO.write(png, "png", Path.of(dir, "lesson-" + lesson + ".png").toFile());
    }

    /** As Reset: the traffic stopped, no delays, every read model running. */
    static void undoAll(TallyApi client) {
        client.training().stopTraffic();
        for (ProjectionStatus s : client.projections()) {
            if (s.delayMillis() > 0) {
                client.delayProjection(s.name(), 0);
            }
            if (s.state().equals("PAUSED") || s.state().equals("FAILED")) {
                client.controlProjection(s.name(), "resume");
            }
        }
    }
}
