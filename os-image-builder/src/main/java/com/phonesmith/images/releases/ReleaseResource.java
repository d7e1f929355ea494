package com.phonesmith.images.releases;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OS releases: list them, read one's index, import a new one (admin). */
@Path("/api/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "releases")
@RolesAllowed({Roles.ADMIN, Roles.SUPPORT, Roles.OPERATOR, Roles.SERVICE})
public class ReleaseResource {
    private final Releases releases;

    public ReleaseResource(Releases releases) {
        this.releases = releases;
    }

    @GET
    @Operation(summary = "Every OS release: the generated seed release and those imported")
    public List<ReleaseSummary> list() {
        return releases.list();
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One release's package index (names, versions, dependencies, files with digests)")
    public Response index(@PathParam("version") String version) {
        return releases.find(version)
                .map(release -> Response.ok(com.phonesmith.images.release.ReleaseIndex.toJson(release)).build())
                .orElseThrow(() -> ProblemException.notFound("no release " + version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a release index; refused (422) with every problem named when a dependency cannot "
            + "be resolved or two packages install the same path")
    public Response importRelease(byte[] index) {
        if (index == null || index.length == 0) {
            throw ProblemException.badRequest("release", "the body must be a release index (JSON)");
        }
        return Response.status(Response.Status.CREATED).entity(releases.importIndex(index)).build();
    }
}
