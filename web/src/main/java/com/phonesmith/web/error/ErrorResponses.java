package com.phonesmith.web.error;

import com.phonesmith.platform.problem.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An error answered as a page to a browser, or as a problem+json document to a client that asks for JSON. */
public final class ErrorResponses {
    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(ErrorPage page);
    }

    private ErrorResponses() {
    }

    public static Response respond(MultivaluedMap<String, String> requestHeaders, ErrorPage page) {
        return builder(requestHeaders, page).build();
    }

    public static Response.ResponseBuilder builder(MultivaluedMap<String, String> requestHeaders, ErrorPage page) {
        if (wantsJson(requestHeaders)) {
            return Response.status(page.status()).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "https://phonesmith.example/problems/" + page.status(), page.title(), page.status(),
                    page.message(), null, null));
        }
        return html(page);
    }

    public static Response.ResponseBuilder html(ErrorPage page) {
        return Response.status(page.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(page).render());
    }

    /** A client that lists JSON and not HTML in Accept (browsers always list HTML). */
    public static boolean wantsJson(MultivaluedMap<String, String> requestHeaders) {
        List<String> accept = requestHeaders == null ? null : requestHeaders.get(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        String all = String.join(",", accept);
        return all.contains("json") && !all.contains("text/html");
    }
}
