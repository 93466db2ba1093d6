package tally.client.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;

/**
 * One form about a user (adding one, or changing the chosen one): its values, and each
 * refusal by the field it concerns, as the server's problem names the fields.
 */
final class UserFields {
    static final List<String> ROLES = List.of("operator", "supervisor", "trainer", "admin");
    static final List<String> FIELDS = List.of("username", "displayName", "password", "roles");

    final StringProperty username = new SimpleStringProperty(this, "username", "");
    final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    final StringProperty password = new SimpleStringProperty(this, "password", "");
    final Map<String, BooleanProperty> roles = new LinkedHashMap<>();
    final Map<String, StringProperty> errors = new LinkedHashMap<>();

    UserFields() {
        ROLES.forEach(r -> roles.put(r, new SimpleBooleanProperty(this, r)));
        FIELDS.forEach(f -> errors.put(f, new SimpleStringProperty(this, f + "Error", "")));
    }

    List<String> chosenRoles() {
        return ROLES.stream().filter(r -> roles.get(r).get()).toList();
    }

    void chooseRoles(List<String> chosen) {
        roles.forEach((r, on) -> on.set(chosen.contains(r)));
    }

    String text(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    /** Null for an empty display name: the server then keeps (or uses) the user name. */
    String displayNameOrNull() {
        return text(displayName).isEmpty() ? null : text(displayName);
    }

    void clear() {
        username.set("");
        displayName.set("");
        password.set("");
        chooseRoles(List.of());
        clearErrors();
    }

    void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    /** A refusal by its field(s); what concerns no field of this form comes back as text. */
    String refused(ProblemException p, String username) {
        ProblemDetails problem = p.problem();
        if (problem.status() == 409) {
            errors.get("username").set(username + " is taken: choose another user name.");
            return "Not done: " + username + " is taken.";
        }
        var rest = new StringBuilder();
        for (ProblemDetails.FieldError e : problem.errors()) {
            String field = e.field() == null ? "" : e.field().split("[\\[.]")[0];
            if (errors.containsKey(field)) {
                errors.get(field).set(errors.get(field).get().isEmpty() ? e.message()
                        : errors.get(field).get() + "; " + e.message());
            } else {
                rest.append("; ").append(e.field()).append(": ").append(e.message());
            }
        }
        boolean placed = errors.values().stream().anyMatch(e -> !e.get().isEmpty());
        if (placed && rest.isEmpty()) {
            return "Not done: see the fields marked.";
        }
        String title = problem.title() == null ? "HTTP " + problem.status() : problem.title();
        String detail = problem.detail() == null || problem.detail().isBlank() ? ""
                : " — " + problem.detail();
        return "Not done: " + title + detail + rest;
    }
}
