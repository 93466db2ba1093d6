package tally.client.session;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.Session;
import tally.client.session.SessionViewModel.Phase;
import tally.client.ui.UiExecutor;

/**
 * The sign-in screen, and the same form as a small dialog when the session has ended (the
 * user name then fixed). It remembers the last user name for the server, never the password,
 * which it clears after every try.
 */
public final class SignInViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final SessionViewModel session;
    private final UsernameMemory memory;
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<DemoUser> demoUsers = FXCollections.observableArrayList();
    private final BooleanBinding shown;
    private final BooleanBinding again;
    private final StringBinding title;
    private final StringBinding intro;

    public SignInViewModel(TallyApi api, UiExecutor ui, SessionViewModel session,
                           UsernameMemory memory) {
        this.api = api;
        this.ui = ui;
        this.session = session;
        this.memory = memory;
        var phase = session.phaseProperty();
        shown = phase.isNotEqualTo(Phase.SIGNED_IN);
        again = phase.isEqualTo(Phase.ENDED);
        title = Bindings.when(again).then("Your session has ended").otherwise("Sign in to Tally");
        intro = Bindings.createStringBinding(() -> phase.get() == Phase.ENDED
                ? "The server no longer takes this console's session (it expired, or you were"
                        + " signed out elsewhere). Enter your password to carry on: what you"
                        + " typed in the form is kept."
                : "Server " + api.server(), phase);
        phase.addListener((o, was, is) -> phaseChanged(is));
        username.set(memory.recall(api.server()).orElse(""));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The users a demo seeded, for one-click sign-in; empty outside the demo. */
    public ObservableList<DemoUser> demoUsers() {
        return demoUsers;
    }

    /** True while nobody works at the console: the screen (or the dialog) is up. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** True when asked again after the session ended: the user name is fixed. */
    public BooleanBinding againProperty() {
        return again;
    }

    /**
     * The same as {@link #againProperty()}, read from the session itself: right, also in a
     * listener that runs before the binding has heard of the change.
     */
    public boolean askingAgain() {
        return session.phaseProperty().get() == Phase.ENDED;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding introProperty() {
        return intro;
    }

    public void signIn() {
        String name = username.get() == null ? "" : username.get().trim();
        String secret = password.get() == null ? "" : password.get();
        if (name.isEmpty()) {
            message.set("Enter your user name.");
            return;
        }
        if (secret.isEmpty()) {
            message.set("Enter your password.");
            return;
        }
        send(name, secret);
    }

    public void signInAs(DemoUser user) {
        username.set(user.username());
        send(user.username(), user.password());
    }

    /** From the dialog: not this user after all; the form is cleared for whoever signs in. */
    public void someoneElse() {
        session.signOut();
    }

    private void send(String name, String secret) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        password.set("");
        message.set("Signing in …");
        ui.call(() -> {
            Session answer = api.signIn(name, secret);
            try {
                memory.remember(api.server(), name);
            } catch (RuntimeException e) {
                // Not remembered: the operator types the name again next time, nothing worse.
            }
            return answer;
        }, this::signedIn, this::refused);
    }

    private void signedIn(Session answer) {
        busy.set(false);
        message.set("");
        session.signedIn(answer);
    }

    private void refused(RuntimeException e) {
        busy.set(false);
        message.set(SignInRefusals.say(api.server(), e));
    }

    private void phaseChanged(Phase phase) {
        password.set("");
        switch (phase) {
            case SIGNED_OUT -> {
                message.set("");
                username.set(memory.recall(api.server()).orElse(username.get()));
            }
            case ENDED -> {
                message.set("");
                username.set(session.userProperty().get().username());
            }
            case SIGNED_IN -> message.set("");
        }
    }
}
