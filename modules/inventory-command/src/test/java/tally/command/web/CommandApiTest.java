package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class CommandApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    HttpResponse<String> post(String name, String body) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/api/commands/" + name, body)
                    .contentType(MediaType.APPLICATION_JSON_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
            return r;
        }
    }

    @Test
    void smoke() {
        var r = post("register-product", "{\"sku\":\"S1\",\"name\":\"Bolt\"}");
        System.out.println(r.getStatus() + " " + r.getBody(String.class));
        r = post("register-product", "{\"sku\":\"S1\",\"name\":\"Bolt\"}");
        System.out.println(r.getStatus() + " " + r.getBody(String.class) + r.getContentType());
        r = post("register-product", "{\"sku\":\"S 1\",\"nme\":\"Bolt\", \"reorderPoint\": 1.5}");
        System.out.println(r.getStatus() + " " + r.getBody(String.class) + r.getContentType());
        r = post("register-product", "{\"sku\":");
        System.out.println(r.getStatus() + " " + r.getBody(String.class) + r.getContentType());
        r = post("register-product", "{} {}");
        System.out.println(r.getStatus() + " " + r.getBody(String.class) + r.getContentType());
        r = post("nope", "{}");
        System.out.println(r.getStatus() + " " + r.getBody(String.class) + r.getContentType());
        r = post("register-product", "");
        System.out.println(r.getStatus() + " " + r.getBody(String.class) + r.getContentType());
        assertThat(r).isNotNull();
    }
}
