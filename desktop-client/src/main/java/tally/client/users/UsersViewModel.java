package tally.client.users;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;
import tally.client.api.Unanswered;
import tally.client.api.WireShapes.NewUser;
import tally.client.api.WireShapes.UserAccount;
import tally.client.api.WireShapes.UserChange;
import tally.client.ui.UiExecutor;

/**
 * The admin screen: every user, a form to add one, and the chosen user's display name, roles,
 * enabled state and password. Each refusal is shown by the field it concerns.
 */
public final class UsersViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final UserFields adding = new UserFields();
    private final UserFields changing = new UserFields();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public UsersViewModel(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
    }

    public ObservableList<UserAccount> users() {
        return users;
    }

    public ObjectProperty<UserAccount> chosenProperty() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    UserFields adding() {
        return adding;
    }

    UserFields changing() {
        return changing;
    }

    public void load() {
        run(api::users, list -> {
            users.setAll(list.items());
            message.set(users.size() + (users.size() == 1 ? " user." : " users."));
        }, adding, "");
    }

    /** The admin chose a user in the list: the lower form now acts on that one. */
    public void choose(UserAccount user) {
        chosen.set(user);
        changing.clear();
        if (user != null) {
            changing.username.set(user.username());
            changing.displayName.set(user.displayName() == null ? "" : user.displayName());
            changing.chooseRoles(user.roles());
        }
    }

    public void add() {
        adding.clearErrors();
        String name = adding.text(adding.username);
        if (name.isEmpty()) {
            adding.errors.get("username").set("Enter a user name.");
        }
        if (adding.password.get() == null || adding.password.get().isEmpty()) {
            adding.errors.get("password").set("Enter a password.");
        }
        if (adding.chosenRoles().isEmpty()) {
            adding.errors.get("roles").set("Choose at least one role.");
        }
        if (adding.errors.values().stream().anyMatch(e -> !e.get().isEmpty())) {
            message.set("Not sent: see the fields marked.");
            return;
        }
        var user = new NewUser(name, adding.password.get(), adding.chosenRoles(),
                adding.displayNameOrNull());
        run(() -> api.addUser(user), added -> {
            adding.clear();
            users.add(added);
            choose(added);
            message.set("Added " + added.username() + " (" + String.join(", ", added.roles())
                    + ").");
        }, adding, name);
    }

    /** Saves the chosen user's display name and roles. */
    public void save() {
        UserAccount user = chosen.get();
        changing.clearErrors();
        if (user == null) {
            return;
        }
        if (changing.chosenRoles().isEmpty()) {
            changing.errors.get("roles").set("Choose at least one role.");
            message.set("Not sent: see the fields marked.");
            return;
        }
        change(user, new UserChange(changing.displayNameOrNull(), changing.chosenRoles(), null),
                "Saved " + user.username() + ": roles " + String.join(", ",
                        changing.chosenRoles()) + ".");
    }

    /** Disables an enabled user (their sessions end at once), enables a disabled one. */
    public void toggleEnabled() {
        UserAccount user = chosen.get();
        if (user != null) {
            change(user, new UserChange(null, null, !user.enabled()), user.enabled()
                    ? "Disabled " + user.username() + ": their sessions have ended."
                    : "Enabled " + user.username() + ".");
        }
    }

    public void resetPassword() {
        UserAccount user = chosen.get();
        changing.clearErrors();
        if (user == null) {
            return;
        }
        String password = changing.password.get() == null ? "" : changing.password.get();
        if (password.isEmpty()) {
            changing.errors.get("password").set("Enter the new password.");
            return;
        }
        run(() -> {
            api.resetPassword(user.username(), password);
            return user;
        }, done -> {
            changing.password.set("");
            message.set("New password set for " + user.username() + ".");
        }, changing, user.username());
    }

    private void change(UserAccount user, UserChange change, String done) {
        run(() -> api.changeUser(user.username(), change), changed -> {
            int at = users.indexOf(user);
            if (at >= 0) {
                users.set(at, changed);
            }
            choose(changed);
            message.set(done);
        }, changing, user.username());
    }

    private <T> void run(Callable<T> call, Consumer<T> then, UserFields form, String username) {
        busy.set(true);
        message.set("Sending …");
        ui.call(call, answer -> {
            busy.set(false);
            then.accept(answer);
        }, e -> {
            busy.set(false);
            message.set(refusal(e, form, username));
        });
    }

    private static String refusal(RuntimeException e, UserFields form, String username) {
        if (ProblemException.endsSession(e)) {
            return "Not done: the session has ended. Sign in again, then try again.";
        }
        if (e instanceof ProblemException p) {
            return form.refused(p, username);
        }
        // Only loading the list names no user: a query, not a command that is kept.
        return username.isEmpty() ? Unanswered.query(e) : Unanswered.command(e);
    }
}
