package com.phonesmith.web.error;

import com.phonesmith.web.backend.BackendUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders the failures of page requests as HTML pages (more specific than the platform's problem+json mappers). */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    static final String RETRY_AFTER_SECONDS = "10";

    @ServerExceptionMapper
    public Response backendUnavailable(BackendUnavailableException e) {
        LOG.warn(e.getMessage());
        return page(ErrorPage.backendUnavailable(e.backend()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response orderNotFound(OrderNotFoundException e) {
        return page(ErrorPage.orderNotFound(e.orderId())).build();
    }

    @ServerExceptionMapper
    public Response statementNotFound(StatementNotFoundException e) {
        return page(ErrorPage.statementNotFound(e.month())).build();
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return page(ErrorPage.invalidInput(e.label(), e.reason())).build();
    }

    private static Response.ResponseBuilder page(ErrorPage page) {
        return ErrorResponses.html(page);
    }
}
