package tally.server.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequestWrapper;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.net.InetSocketAddress;
import org.reactivestreams.Publisher;

/**
 * Makes a request for the first user's setup seem to come from another machine, whose address
 * the test names: the server listens on loopback only, and this machine's other addresses are not
 * ours to call. The setup refuses such a caller before it reads the body, which the wrapper does
 * not carry; other requests pass untouched.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Requires(property = RemoteAddressFilter.PROPERTY)
final class RemoteAddressFilter implements HttpServerFilter {
    static final String PROPERTY = "tally.test.remote-address";

    private final InetSocketAddress remote;
    private final ConversionService conversions;

    RemoteAddressFilter(@Value("${" + PROPERTY + "}") String address,
                        ConversionService conversions) {
        this.remote = new InetSocketAddress(address, 50_000);
        this.conversions = conversions;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request,
                                                      ServerFilterChain chain) {
        if (!request.getPath().equals("/api/setup")) {
            return chain.proceed(request);
        }
        @SuppressWarnings("unchecked")
        var any = (HttpRequest<Object>) request;
        return chain.proceed(new MutableHttpRequestWrapper<Object>(conversions, any) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return remote;
            }
        });
    }
}
