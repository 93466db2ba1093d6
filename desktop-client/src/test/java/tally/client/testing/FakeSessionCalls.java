package tally.client.testing;

import java.net.URI;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.NewUser;
import tally.client.api.WireShapes.Session;
import tally.client.api.WireShapes.UserAccount;
import tally.client.api.WireShapes.UserChange;
import tally.client.api.WireShapes.UserList;

/**
 * The fake server's calls about sessions and users, and the check that every other call of
 * the in-process console makes first: signed in, with a role that may.
 */
abstract class FakeSessionCalls implements TallyApi {
    final FakeSessions sessions = new FakeSessions();
    final FakeClientToken client = new FakeClientToken(sessions);

    /** Where the fake server pretends to be. */
    @Override
    public URI server() {
        return URI.create("http://fake.tally:8080");
    }

    /** Throws as an unreachable server does while the server is down. */
    abstract void up();

    /** Up, and the caller signed in: what every query and the stream need. */
    void reachable() {
        up();
        client.guard(FakeSessions.ANY);
    }

    /** The server's users and sessions, e.g. to end every session as if it had expired. */
    public FakeSessions sessions() {
        return sessions;
    }

    /** Served over HTTP: each request's token is checked there, not the in-process one. */
    void servedOverHttp() {
        client.checkedElsewhere();
    }

    @Override
    public synchronized Session signIn(String username, String password) {
        up();
        return client.signIn(username, password);
    }

    @Override
    public synchronized void signOut() {
        up();
        client.signOut();
    }

    @Override
    public void onSessionEnded(Runnable listener) {
        client.onEnded(listener);
    }

    @Override
    public synchronized UserList users() {
        asAdmin();
        return sessions.users();
    }

    @Override
    public synchronized UserAccount addUser(NewUser user) {
        asAdmin();
        return sessions.add(user);
    }

    @Override
    public synchronized UserAccount changeUser(String username, UserChange change) {
        asAdmin();
        return sessions.change(username, change);
    }

    @Override
    public synchronized void resetPassword(String username, String password) {
        asAdmin();
        sessions.resetPassword(username, password);
    }

    /** Up, and the caller a trainer or an admin: the read models' controls. */
    void asTrainer() {
        up();
        client.guard(FakeSessions.READ_MODELS);
    }

    private void asAdmin() {
        up();
        client.guard(FakeSessions.USERS);
    }
}
