package tally.client.command;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import tally.client.session.Duty;
import tally.client.session.SignedInUser;

/** Which commands the signed-in user's roles allow, kept up as the user changes. */
final class OfferedCommands {
    private final Map<CommandKind, BooleanBinding> offered = new EnumMap<>(CommandKind.class);
    private final BooleanBinding any;

    OfferedCommands(ObservableObjectValue<SignedInUser> user) {
        for (CommandKind k : CommandKind.values()) {
            Duty duty = Duty.ofCommand(k.command());
            offered.put(k, Bindings.createBooleanBinding(
                    () -> user.get() != null && user.get().may(duty), user));
        }
        any = Bindings.createBooleanBinding(
                () -> offered.values().stream().anyMatch(BooleanBinding::get), user);
    }

    BooleanBinding of(CommandKind k) {
        return offered.get(k);
    }

    BooleanBinding any() {
        return any;
    }

    Optional<CommandKind> first() {
        return Arrays.stream(CommandKind.values()).filter(k -> offered.get(k).get()).findFirst();
    }
}
