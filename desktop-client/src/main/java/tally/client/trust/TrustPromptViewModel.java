package tally.client.trust;

import java.net.URI;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tally.client.ui.UiExecutor;

/**
 * Before the console first talks to an HTTPS server: the server's certificate is checked with a
 * handshake alone, and the operator is asked to trust a certificate this computer has not seen,
 * as ssh asks about a new host. A certificate other than the trusted one is refused with an
 * explanation and no question; the console then never opens.
 */
public final class TrustPromptViewModel {
    /**
     * Where the check stands: CONNECT (trusted), DECLINED (the operator said no or closed the
     * window) and REFUSED (the certificate changed, or could not be checked: explained, and
     * the operator may only close) lead nowhere else but DECLINED.
     */
    public enum Outcome { CHECKING, ASKING, CONNECT, DECLINED, REFUSED }

    private final URI server;
    private final KnownServers known;
    private final UiExecutor ui;
    private final Function<URI, TrustCheck> checker;
    private final ReadOnlyObjectWrapper<Outcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.CHECKING);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper fingerprint =
            new ReadOnlyStringWrapper(this, "fingerprint", "");
    private String asked;

    public TrustPromptViewModel(URI server, KnownServers known, UiExecutor ui) {
        this(server, known, ui, s -> ServerTrust.check(s, known));
    }

    TrustPromptViewModel(URI server, KnownServers known, UiExecutor ui,
                         Function<URI, TrustCheck> checker) {
        this.server = server;
        this.known = known;
        this.ui = ui;
        this.checker = checker;
        message.set("Checking the certificate of " + KnownServers.nameOf(server) + " …");
        title.bind(outcome.map(o -> switch (o) {
            case CHECKING, CONNECT -> "Connecting to " + KnownServers.nameOf(server);
            case ASKING -> "Trust " + KnownServers.nameOf(server) + "?";
            case DECLINED, REFUSED -> "Not connected to " + KnownServers.nameOf(server);
        }));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The SHA-256 fingerprint asked about, for the operator to compare; empty otherwise. */
    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    /** Checks the certificate off the UI thread; a plain-HTTP server needs no check. */
    public void check() {
        if (!"https".equalsIgnoreCase(server.getScheme())) {
            outcome.set(Outcome.CONNECT);
            return;
        }
        ui.call(() -> checker.apply(server), this::checked, e -> {
            message.set("The certificate of " + KnownServers.nameOf(server)
                    + " could not be checked: " + e.getMessage());
            outcome.set(Outcome.REFUSED);
        });
    }

    /** The operator trusts the certificate asked about: remembered, then the console opens. */
    public void trust() {
        if (outcome.get() != Outcome.ASKING) {
            return;
        }
        try {
            known.trust(KnownServers.nameOf(server), asked);
        } catch (RuntimeException e) {
            message.set("Could not remember the certificate: " + e.getMessage());
            return;
        }
        outcome.set(Outcome.CONNECT);
    }

    /** The operator does not trust it, or closes the explanation: nothing connects. */
    public void refuse() {
        if (outcome.get() != Outcome.CONNECT) {
            outcome.set(Outcome.DECLINED);
        }
    }

    private void checked(TrustCheck check) {
        switch (check) {
            case TrustCheck.Trusted _ -> outcome.set(Outcome.CONNECT);
            // Nothing learned: the console opens and says the server is unreachable; its
            // connections still refuse any certificate not trusted here.
            case TrustCheck.NoHandshake _ -> outcome.set(Outcome.CONNECT);
            case TrustCheck.UnknownCertificate(String name, String presented) -> {
                asked = presented;
                fingerprint.set(presented);
                message.set("This is the first connection from this computer to " + name
                        + ". Its certificate has the SHA-256 fingerprint below. Ask your IT"
                        + " whether it is the Tally server's before you trust it: once trusted,"
                        + " the console connects to " + name + " without asking again, and"
                        + " refuses any other certificate there.");
                outcome.set(Outcome.ASKING);
            }
            case TrustCheck.ChangedCertificate changed -> {
                message.set(changed.explanation());
                outcome.set(Outcome.REFUSED);
            }
        }
    }
}
