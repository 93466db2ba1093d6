package tally.server;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document of the HTTP API, so a script or a gateway can be generated. */
@Controller
class OpenApiController {
    private final byte[] document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi/tally.yml")) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document);
    }
}
