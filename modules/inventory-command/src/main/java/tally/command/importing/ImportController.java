package tally.command.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.security.Principal;
import tally.command.importing.ImportAnswers.ImportReport;

/**
 * {@code POST /api/import/products} and {@code /bins} (docs/api.md, "Import products from CSV",
 * "Import bins from CSV"): a preview with
 * {@code dryRun=true}, otherwise every row's command or, if any row is bad, nothing. It reads
 * the log and waits for each command, so it runs off the event loop.
 */
@Controller("/api/import")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ImportController {
    static final String TEXT_CSV = "text/csv";

    private final CsvImport imports;
    private final ProductImport products;
    private final BinImport bins;

    ImportController(CsvImport imports, ProductImport products, BinImport bins) {
        this.imports = imports;
        this.products = products;
        this.bins = bins;
    }

    /** Any media type is taken in, so that a wrong one gets this route's own 415 wording. */
    @Post(uri = "/products", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    ImportReport products(@Nullable @QueryValue Boolean dryRun, @Nullable @Body byte[] body,
                          HttpRequest<?> request) {
        return imports.run(products, file(body, request), Boolean.TRUE.equals(dryRun),
                userOf(request));
    }

    /** {@code POST /api/import/bins}: the register of bins, by the same rules. */
    @Post(uri = "/bins", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    ImportReport bins(@Nullable @QueryValue Boolean dryRun, @Nullable @Body byte[] body,
                      HttpRequest<?> request) {
        return imports.run(bins, file(body, request), Boolean.TRUE.equals(dryRun),
                userOf(request));
    }

    private static byte[] file(@Nullable byte[] body, HttpRequest<?> request) {
        if (!request.getContentType().map(t -> t.getName().equals(TEXT_CSV)).orElse(false)) {
            throw ImportRefused.notCsv();
        }
        if (body == null || body.length == 0) {
            throw ImportRefused.unreadable("is empty: the first line must name the columns");
        }
        return body;
    }

    /** Recorded on every command, as for an HTTP command; "import" where no one signs in. */
    private static String userOf(HttpRequest<?> request) {
        return request.getUserPrincipal().map(Principal::getName).orElse("import");
    }
}
