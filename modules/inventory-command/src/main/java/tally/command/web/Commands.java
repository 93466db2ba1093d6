package tally.command.web;

import java.util.Set;

/** The names of the commands in docs/api.md, "Commands". */
final class Commands {
    static final String REGISTER = "register-product";
    static final String RECEIVE = "receive-stock";
    static final String MOVE = "move-stock";
    static final String PICK = "pick-stock";
    static final String ADJUST = "adjust-stock";
    static final Set<String> NAMES = Set.of(REGISTER, RECEIVE, MOVE, PICK, ADJUST);

    private Commands() {
    }
}
