package tally.client.command;

import java.util.Map;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;
import tally.client.api.Unanswered;

/**
 * A command that was not done, told as the operator needs it: kept as typed when nothing
 * reached the server, "submit again" when the answer was lost, a stale screen in one line, and
 * every other refusal by the field it concerns.
 */
final class SendFailure {
    static final String NOT_SENT = Unanswered.NOT_SENT + " Submit again when it is back.";

    private SendFailure() {
    }

    /** {@code forgetId}: the next submit is a new command (the server answered this one). */
    static void tell(RuntimeException e, CommandKind k, Map<String, Object> body,
                     FormFields form, Runnable forgetId, StaleScreen stale) {
        if (e instanceof ServerUnreachable u && u.notSent()) {
            // Nothing reached the server: the form stays as typed, and a new submit is the
            // first sending of this command.
            form.message.set(NOT_SENT);
            return;
        }
        if (!(e instanceof ProblemException p)) {
            form.message.set("No answer from the server: the command may or may not have been"
                    + " recorded. Submit again; it will not be recorded twice.");
            return;
        }
        if (ProblemException.endsSession(p)) {
            // Nothing was stored, and the form is left as it is: after signing in again the
            // operator submits it as it was (with the same command id, which is harmless).
            form.message.set("Not sent: the session has ended. Sign in again, then submit: the"
                    + " form keeps what you typed.");
            return;
        }
        forgetId.run();
        if (p.problem().slug().equals("version-conflict")) {
            String sku = (String) body.get("sku");
            stale.explain(sku, (Long) body.get("expectedVersion"), k.locationsIn(body));
            form.point(Field.SKU);
            return;
        }
        var refusals = Refusals.of(p.problem(), k, body);
        refusals.byField().forEach((f, m) -> form.error(f).set(m));
        form.message.set(refusals.forForm());
        form.attention.set(null);
        form.attention.set(refusals.byField().keySet().stream().findFirst().orElse(null));
    }
}
