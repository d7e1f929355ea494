package com.phonesmith.images.build;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/builds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "builds")
@RolesAllowed({Roles.OPERATOR, Roles.SUPPORT, Roles.SERVICE})
public class BuildResource {
    private final ImageBuildService builds;

    public BuildResource(ImageBuildService builds) {
        this.builds = builds;
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "The image build of an order: status, digest, size, fingerprint, download URL, manifest")
    public BuildView build(@PathParam("orderId") String orderId) {
        return builds.find(orderId).orElseThrow(() -> ProblemException.notFound("no image build for order " + orderId));
    }
}
