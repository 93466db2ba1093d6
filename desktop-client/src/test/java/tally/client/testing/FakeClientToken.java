package tally.client.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import tally.client.api.ProblemException;
import tally.client.api.WireShapes.Session;

/**
 * The in-process console's side of a session with the fake: its token, and those told when
 * the fake refuses it, as {@code HttpTallyApi} tells them. Served over HTTP, the fake checks
 * each request's own header instead ({@link FakeHttpServer}), and this checks nothing.
 */
final class FakeClientToken {
    private final FakeSessions sessions;
    private final List<Runnable> ended = new CopyOnWriteArrayList<>();
    private volatile String token;
    private volatile boolean checkedElsewhere;

    FakeClientToken(FakeSessions sessions) {
        this.sessions = sessions;
    }

    Session signIn(String username, String password) {
        Session session = sessions.signIn(username, password);
        token = session.token();
        return session;
    }

    void signOut() {
        String held = token;
        token = null;
        sessions.signOut(held);
    }

    void onEnded(Runnable listener) {
        ended.add(listener);
    }

    void checkedElsewhere() {
        checkedElsewhere = true;
    }

    void guard(Set<String> roles) {
        if (checkedElsewhere) {
            return;
        }
        String held = token;
        try {
            sessions.authorize(held, roles);
        } catch (ProblemException e) {
            if (e.problem().status() == 401 && held != null) {
                token = null;
                ended.forEach(Runnable::run);
            }
            throw e;
        }
    }
}
