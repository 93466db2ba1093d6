package tally.client.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What every test of the real console asks of the screen: a wait for it, a label's text. */
public final class FxChecks {
    private FxChecks() {
    }

    /**
     * Waits up to 30 s for {@code condition}, then for the FX events it set off. A pass returns
     * as soon as it holds; the margin is for a loaded CI machine, where a software-rendered
     * screen took several seconds to draw (load 20 on two cores).
     */
    public static void eventually(Callable<Boolean> condition) throws Exception {
        eventually(30, condition);
    }

    /** The same with a wait of its own (a real server answers slower than the fake). */
    public static void eventually(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label that {@code query} finds. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
