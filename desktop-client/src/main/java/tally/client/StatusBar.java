package tally.client;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import tally.client.freshness.FreshnessViewModel;
import tally.client.session.SessionViewModel;
import tally.client.sync.Connection;

/** The bottom line: the connection's state, who is signed in (with Sign out), the log head. */
final class StatusBar extends HBox {

    StatusBar(Connection connection, SessionViewModel session, FreshnessViewModel freshness) {
        super(10);
        var status = new Label();
        status.setId("status");
        // "Connected" alone would tell an operator that what they see is current: while a
        // read model the screen shows is stopped or behind, the bar says so as well.
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String brief = freshness.briefProperty().get();
            return brief.isEmpty() || connection.stateProperty().get() != Connection.State.CONNECTED
                    ? connection.statusProperty().get()
                    : connection.statusProperty().get() + " — " + brief;
        }, connection.statusProperty(), connection.stateProperty(), freshness.briefProperty()));
        var who = new Label();
        who.setId("signedIn");
        who.textProperty().bind(session.whoProperty());
        var signOut = new Button("Sign out");
        signOut.setId("signOut");
        signOut.setOnAction(e -> session.signOut());
        var signedIn = session.userProperty().isNotNull();
        signOut.visibleProperty().bind(signedIn);
        signOut.managedProperty().bind(signedIn);
        var head = new Label();
        head.setId("head");
        head.textProperty().bind(Bindings.concat("log position ", connection.headProperty()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // At 1280 wide a long connection line ("Server unreachable at … — retrying in 0.5 s")
        // beside a long name would cut all of them with "…": the line wraps instead, and who
        // is signed in, Sign out and the log head keep their whole width.
        status.setWrapText(true);
        status.setMinWidth(200);
        for (var whole : new Region[] {who, signOut, head}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(status, spacer, who, signOut, head);
        setId("statusBar");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        connection.stateProperty().addListener((o, was, is) -> {
            getStyleClass().remove("down");
            if (is == Connection.State.DOWN) {
                getStyleClass().add("down");
            }
        });
    }
}
