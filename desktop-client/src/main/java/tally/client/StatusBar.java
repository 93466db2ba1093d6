package tally.client;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import tally.client.session.SessionViewModel;
import tally.client.sync.Connection;

/** The bottom line: the connection's state, who is signed in (with Sign out), the log head. */
final class StatusBar extends HBox {

    StatusBar(Connection connection, SessionViewModel session) {
        super(10);
        var status = new Label();
        status.setId("status");
        status.textProperty().bind(connection.statusProperty());
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
