package tally.client.location;

import java.util.Map;
import java.util.Optional;
import tally.client.api.ProblemException;
import tally.client.api.Unanswered;

/** What the bins' forms share: their optional fields as a command's body, refusals in words. */
final class BinBody {
    private BinBody() {
    }

    /**
     * Puts name, zone and capacity in {@code body} where given (blank is left out); the reason
     * not to send when the capacity is not a whole number.
     */
    static Optional<String> fill(Map<String, Object> body, String name, String zone,
                                 String capacity) {
        putIfGiven(body, "name", name);
        putIfGiven(body, "zone", zone);
        String units = capacity == null ? "" : capacity.trim().replace(",", "");
        if (!units.isEmpty()) {
            try {
                body.put("capacity", Long.parseLong(units));
            } catch (NumberFormatException e) {
                return Optional.of("Not sent: the capacity is a whole number of units.");
            }
        }
        return Optional.empty();
    }

    /** "Not retired: bin A-01 still holds 40 units: …", in one line; no answer, said so. */
    static String refusal(String notDone, RuntimeException e) {
        if (!(e instanceof ProblemException p)) {
            return Unanswered.command(e);
        }
        if (ProblemException.endsSession(p)) {
            return "Not sent: the session has ended. Sign in again, then send: the form keeps"
                    + " what you typed.";
        }
        var errors = p.problem().errors();
        return notDone + (errors.isEmpty() ? p.problem().detail()
                : errors.get(0).field() + " " + errors.get(0).message());
    }

    private static void putIfGiven(Map<String, Object> body, String key, String text) {
        if (text != null && !text.isBlank()) {
            body.put(key, text.strip());
        }
    }
}
