package tally.client.trust;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import tally.client.trust.TrustPromptViewModel.Outcome;

/** The question before the first connection to an HTTPS server; see its view model. */
public final class TrustPromptView {
    private final VBox root = new VBox(12);

    public TrustPromptView(TrustPromptViewModel model) {
        var title = new Label();
        title.setId("trustTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(model.titleProperty());
        var message = new Label();
        message.setId("trustMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        BooleanBinding asking = model.outcomeProperty().isEqualTo(Outcome.ASKING);
        // Selectable, so that it can be copied to IT; two lines of 16 bytes, to read in pairs.
        var fingerprint = new TextArea();
        fingerprint.setId("trustFingerprint");
        fingerprint.setEditable(false);
        fingerprint.setFocusTraversable(false);
        fingerprint.setPrefRowCount(2);
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.textProperty().bind(model.fingerprintProperty().map(
                print -> print.length() > 48 ? print.substring(0, 47) + "\n"
                        + print.substring(48) : print));
        shownWhen(fingerprint, asking);
        var trust = new Button("_Trust and connect");
        trust.setId("trustServer");
        trust.setOnAction(e -> model.trust());
        shownWhen(trust, asking);
        var decline = new Button();
        decline.setId("declineServer");
        // Esc answers no; nothing answers yes but a deliberate click or Alt+T.
        decline.setCancelButton(true);
        decline.textProperty().bind(Bindings.when(asking).then("_Don't connect")
                .otherwise("_Close"));
        decline.setOnAction(e -> model.refuse());
        shownWhen(decline, asking.or(model.outcomeProperty().isEqualTo(Outcome.REFUSED)));
        // The answer a reflex gives (Enter, Space) must be the safe one.
        decline.visibleProperty().addListener((o, was, is) -> {
            if (is) {
                decline.requestFocus();
            }
        });
        var buttons = new HBox(10, trust, decline);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(title, message, fingerprint, buttons);
        root.setId("trustPrompt");
        root.setPadding(new Insets(20));
        root.setPrefWidth(640);
    }

    public Parent root() {
        return root;
    }

    private static void shownWhen(javafx.scene.Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
