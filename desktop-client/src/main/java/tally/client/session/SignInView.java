package tally.client.session;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Over the whole console: the sign-in screen, opaque; or, when the session has ended, a small
 * dialog over the screen, which stays visible behind it with the form as it was.
 */
public final class SignInView extends StackPane {
    private static final PseudoClass AGAIN = PseudoClass.getPseudoClass("again");

    private final SignInViewModel vm;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private javafx.scene.Node before;

    public SignInView(SignInViewModel vm) {
        this.vm = vm;
        setId("signInScreen");
        getStyleClass().add("sign-in");
        var title = label("signInTitle", vm.titleProperty());
        title.getStyleClass().add("title");
        var intro = label("signInIntro", vm.introProperty());
        username.setId("username");
        username.textProperty().bindBidirectional(vm.usernameProperty());
        username.disableProperty().bind(vm.againProperty());
        username.setOnAction(e -> password.requestFocus());
        password.setId("password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.signIn());
        var signIn = new Button("Sign in");
        signIn.setId("signIn");
        signIn.disableProperty().bind(vm.busyProperty());
        signIn.setOnAction(e -> vm.signIn());
        var message = label("signInMessage", vm.messageProperty());
        var someoneElse = new Button("Sign in as someone else");
        someoneElse.setId("signInAsOther");
        someoneElse.visibleProperty().bind(vm.againProperty());
        someoneElse.managedProperty().bind(vm.againProperty());
        someoneElse.setOnAction(e -> vm.someoneElse());

        var card = new VBox(6, title, intro, caption("User name", username), username,
                caption("Password", password), password, signIn, message, demoUsers(),
                someoneElse);
        card.getStyleClass().add("sign-in-card");
        card.setPadding(new Insets(20));
        card.setMaxSize(420, Region.USE_PREF_SIZE);
        card.setMinHeight(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().add(card);

        visibleProperty().bind(vm.shownProperty());
        vm.againProperty().addListener((o, was, is) -> pseudoClassStateChanged(AGAIN, is));
        vm.shownProperty().addListener((o, was, is) -> {
            if (is) {
                // Asked again mid-shift: afterwards the focus goes back where the operator
                // was, so that Enter in the form's last field sends it as it was.
                before = vm.askingAgain() && getScene() != null
                        ? getScene().getFocusOwner() : null;
                focusFirst();
            } else if (before != null) {
                // Later: the console behind is enabled again only after this listener.
                javafx.application.Platform.runLater(before::requestFocus);
                before = null;
            }
        });
    }

    /** The password when the name is known (remembered, or fixed), else the name. */
    public void focusFirst() {
        boolean named = vm.usernameProperty().get() != null
                && !vm.usernameProperty().get().isBlank();
        (named ? password : username).requestFocus();
    }

    private VBox demoUsers() {
        var buttons = new FlowPane(6, 6);
        Runnable fill = () -> buttons.getChildren().setAll(vm.demoUsers().stream().map(u -> {
            var b = new Button(u.username());
            b.setId("demo-" + u.username());
            b.setTooltip(new Tooltip("Sign in as " + u.username() + ", role " + u.role()));
            b.setOnAction(e -> vm.signInAs(u));
            b.disableProperty().bind(vm.busyProperty());
            return b;
        }).toList());
        fill.run();
        vm.demoUsers().addListener((ListChangeListener<DemoUser>) c -> fill.run());
        var box = new VBox(4, new Label("Demo users: one click signs in"), buttons);
        box.setId("demoUsers");
        var offered = Bindings.isNotEmpty(vm.demoUsers()).and(vm.againProperty().not());
        box.visibleProperty().bind(offered);
        box.managedProperty().bind(offered);
        return box;
    }

    private static Label caption(String text, javafx.scene.Node field) {
        var label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        var label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
