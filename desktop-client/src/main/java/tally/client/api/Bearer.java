package tally.client.api;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The session's token as every call carries it ({@code Authorization: Bearer …}), and who is
 * told when the server refuses it. A refusal ends only the token the refused call carried: a
 * late 401 to a call sent before signing in again must not end the new session.
 */
final class Bearer {
    private final AtomicReference<String> header = new AtomicReference<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void signedIn(String token) {
        header.set("Bearer " + token);
    }

    void forget() {
        header.set(null);
    }

    void onEnded(Runnable listener) {
        listeners.add(listener);
    }

    /** The request with the header, when signed in. */
    HttpRequest.Builder sign(HttpRequest.Builder request) {
        String value = header.get();
        return value == null ? request : request.header("Authorization", value);
    }

    /** The server answered 401 to this request: if its token is still ours, the session ends. */
    void refused(HttpRequest request) {
        request.headers().firstValue("Authorization").ifPresent(used -> {
            if (header.compareAndSet(used, null)) {
                listeners.forEach(Runnable::run);
            }
        });
    }

    /** The stream's listener, told of a refused token before it hears that the stream closed. */
    StreamListener watching(HttpRequest request, StreamListener listener) {
        return new StreamListener() {
            @Override
            public void message(StreamMessage message) {
                listener.message(message);
            }

            @Override
            public void closed(Throwable cause) {
                if (ProblemException.endsSession(cause)) {
                    refused(request);
                }
                listener.closed(cause);
            }
        };
    }
}
