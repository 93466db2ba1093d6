package tally.client.testing;

import java.util.HashMap;
import java.util.Map;

/** A command's request body from name/value pairs, for the tests' own commands. */
public final class CommandBody {
    private CommandBody() {
    }

    public static Map<String, Object> of(Object... pairs) {
        var body = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
