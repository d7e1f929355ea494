package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** The activations service as web sees it: a maker's devices and statements, the year's summary, closing months. */
@ApplicationScoped
public class ActivationsBackend {
    public static final String NAME = "activations";

    private final ActivationsApi api;

    public ActivationsBackend(WebConfig config) {
        this.api = RestClients.build(ActivationsApi.class, config.activationsUrl(), config);
    }

    /** A maker's devices by model and week, or empty when there is no such maker the caller may read. */
    public Optional<MakerActivations> activations(Access access, String maker, int weeks) {
        return BackendCalls.optional(NAME, () -> api.activations(access.authorization(), maker, weeks));
    }

    public Optional<List<MakerStatement>> statements(Access access, String maker) {
        return BackendCalls.optional(NAME, () -> api.statements(access.authorization(), maker));
    }

    public Optional<MonthToDate> monthToDate(Access access, String maker) {
        return BackendCalls.optional(NAME, () -> api.monthToDate(access.authorization(), maker));
    }

    /** A closed statement as a file, or empty when there is none the caller may read. */
    public Optional<byte[]> statementFile(Access access, String maker, String month, StatementFormat format) {
        return BackendCalls.optional(NAME, () -> switch (format) {
            case CSV -> api.statementCsv(access.authorization(), maker, month);
            case PDF -> api.statementPdf(access.authorization(), maker, month);
        });
    }

    /** Every maker's statement of a month, or empty when the month is not closed. */
    public Optional<List<MakerStatement>> monthStatements(Access access, String month) {
        return BackendCalls.optional(NAME, () -> api.monthStatements(access.authorization(), month));
    }

    public ActivationSummary summary(Access access, int weeks) {
        return BackendCalls.required(NAME, () -> api.summary(access.authorization(), weeks));
    }

    /** Closes a month; a refusal comes back as its problem, only an unreachable service is an exception. */
    public MonthClose closeMonth(Access access, String month) {
        try (Response response = api.closeMonth(access.authorization(), month)) {
            return MonthClose.of(response);
        } catch (WebApplicationException refused) {
            return MonthClose.of(refused.getResponse());
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(NAME, e.getMessage(), e);
        }
    }

    /** The formats a statement downloads in. */
    public enum StatementFormat {
        CSV("text/csv; charset=UTF-8"), PDF("application/pdf");

        private final String mediaType;

        StatementFormat(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
