package tally.client.session;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.Session;
import tally.client.ui.UiExecutor;

/**
 * Who is signed in at this console, and whether the server still takes the session. When it
 * stops taking it (a 401 to any call) the session has {@link Phase#ENDED}: the user stays, so
 * that the console can ask for the password again and keep what was on the screen.
 */
public final class SessionViewModel {
    public enum Phase {
        /** Nobody: the sign-in screen. */
        SIGNED_OUT,
        /** The console works for {@link #userProperty()}. */
        SIGNED_IN,
        /** The server ended the session: asked for the same user's password again. */
        ENDED
    }

    private final TallyApi api;
    private final UiExecutor ui;
    private final ObjectProperty<SignedInUser> user = new SimpleObjectProperty<>(this, "user");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase",
            Phase.SIGNED_OUT);
    private final StringBinding who;
    private final Map<Duty, BooleanBinding> mays = new EnumMap<>(Duty.class);

    public SessionViewModel(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
        // While ended the status bar must not still claim a session the dialog says is over.
        who = Bindings.createStringBinding(() -> user.get() == null ? ""
                : (phase.get() == Phase.ENDED ? "Session ended for " : "Signed in as ")
                + user.get().describe(), user, phase);
        for (Duty duty : Duty.values()) {
            mays.put(duty, Bindings.createBooleanBinding(
                    () -> user.get() != null && user.get().may(duty), user));
        }
        api.onSessionEnded(() -> ui.onUi(this::ended));
    }

    public ReadOnlyObjectProperty<SignedInUser> userProperty() {
        return user;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /**
     * For the status bar: "Signed in as Olga Berg (operator)", or "Session ended for Olga Berg
     * (operator)" while asked for the password again.
     */
    public StringBinding whoProperty() {
        return who;
    }

    /**
     * True while the signed-in user's roles allow this duty (also while asked to sign in
     * again). Always the same binding, held here: a listener on a binding nobody holds would
     * go with it at the next garbage collection.
     */
    public BooleanBinding may(Duty duty) {
        return mays.get(duty);
    }

    /** The sign-out button: the token is given back to the server, the screen to nobody. */
    public void signOut() {
        boolean tokenHeld = phase.get() == Phase.SIGNED_IN;
        phase.set(Phase.SIGNED_OUT);
        user.set(null);
        if (tokenHeld) {
            // Nothing to tell the operator if this fails: the token is forgotten here anyway
            // and expires at the server by itself.
            ui.call(() -> {
                api.signOut();
                return null;
            }, done -> { }, failed -> { });
        }
    }

    void signedIn(Session session) {
        user.set(SignedInUser.of(session));
        phase.set(Phase.SIGNED_IN);
    }

    private void ended() {
        if (phase.get() == Phase.SIGNED_IN) {
            phase.set(Phase.ENDED);
        }
    }
}
