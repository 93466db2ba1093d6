package tally.client.api;

import javafx.application.Platform;

/** Test-only: an api class that reaches into JavaFX, which the architecture rule must report. */
public final class PretendFxCall {
    void answerOnTheFxThread(Runnable answer) {
        Platform.runLater(answer);
    }
}
