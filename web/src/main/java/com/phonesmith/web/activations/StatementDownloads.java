package com.phonesmith.web.activations;

import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.ActivationsBackend;
import com.phonesmith.web.backend.ActivationsBackend.StatementFormat;
import com.phonesmith.web.error.InvalidInputException;
import com.phonesmith.web.error.StatementNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/** A maker's closed statement as a file to save, read from the activations service with the viewer's token. */
@ApplicationScoped
public class StatementDownloads {
    /** A month as the activations service names it: 2026-11. */
    static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final ActivationsBackend activations;

    public StatementDownloads(ActivationsBackend activations) {
        this.activations = activations;
    }

    public Response download(Access access, String maker, String month, StatementFormat format) {
        if (month == null || !MONTH.matcher(month).matches()) {
            throw new InvalidInputException("month", "The month", "must be a month such as 2026-11");
        }
        byte[] file = activations.statementFile(access, maker, month, format)
                .orElseThrow(() -> new StatementNotFoundException(month));
        return Response.ok(file, format.mediaType()).header("Content-Disposition", "attachment; filename=\"statement-"
                + maker + "-" + month + "." + format.extension() + "\"").build();
    }
}
