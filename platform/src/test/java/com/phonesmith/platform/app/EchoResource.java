package com.phonesmith.platform.app;

import com.phonesmith.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

/** A resource of the platform test app, to see how errors are answered. */
@Path("/test/echo")
public class EchoResource {

    public record Item(@NotBlank String name, @Min(1) int quantity, List<@NotBlank String> tags) {
    }

    @POST
    @PermitAll
    public Item echo(@NotNull @Valid Item item) {
        if (item.name().equals("forbidden")) {
            throw ProblemException.invalid("name", "is not sold");
        }
        if (item.name().equals("crash")) {
            throw new IllegalStateException("boom");
        }
        return item;
    }
}
