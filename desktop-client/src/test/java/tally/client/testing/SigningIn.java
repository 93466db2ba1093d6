package tally.client.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Signs in at the console's sign-in screen as an operator does: name, Enter, password, Enter. */
public final class SigningIn {
    private SigningIn() {
    }

    /** As NAME with the fake's password for NAME; returns once the screen has gone. */
    public static void as(FxRobot robot, String username) throws Exception {
        with(robot, username, FakeSessions.password(username));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> !robot.lookup("#signInScreen").query().isVisible());
        } catch (TimeoutException e) {
            throw new AssertionError("still not signed in as " + username + ": "
                    + robot.lookup("#signInMessage").queryAs(Label.class).getText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the name and password and presses Enter, without waiting for the answer. */
    public static void with(FxRobot robot, String username, String password) {
        robot.clickOn("#username").push(KeyCode.SHORTCUT, KeyCode.A).write(username)
                .type(KeyCode.ENTER).write(password).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
