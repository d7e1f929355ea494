package com.phonesmith.images.build;

import com.phonesmith.images.artifacts.Artifacts;
import com.phonesmith.images.bundle.BundlePlan;
import com.phonesmith.images.bundle.Bundles;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.release.UnknownCatalogCodes;
import com.phonesmith.images.release.UnresolvableSelection;
import com.phonesmith.images.releases.Releases;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Bundle builds by configuration, independent of orders: ask for one (idempotent: the same configuration is the
 * same build), follow its progress, and download it from the artifact URL once built.
 */
@Path("/api/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "images")
@RolesAllowed({Roles.SERVICE, Roles.OPERATOR, Roles.SUPPORT, Roles.ADMIN})
public class ImageResource {
    private static final Duration POLL = Duration.ofMillis(500);

    private final Bundles bundles;
    private final Releases releases;
    private final BundleBuildService queue;
    private final Artifacts artifacts;

    public ImageResource(Bundles bundles, Releases releases, BundleBuildService queue, Artifacts artifacts) {
        this.bundles = bundles;
        this.releases = releases;
        this.queue = queue;
        this.artifacts = artifacts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Build the bundle of a configuration (or find it built): 200 when built, 202 while queued "
            + "or building, with its status URL; 422 naming the field when the selection cannot be installed")
    public Response request(ImageRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "a configuration is required: model, features, apps");
        }
        if (request.model() == null || request.model().isBlank()) {
            throw ProblemException.invalid("model", "is required");
        }
        Release release = request.release() == null ? releases.current() : releases.find(request.release())
                .orElseThrow(() -> ProblemException.invalid("release", "no release " + request.release()));
        BundlePlan plan;
        try {
            plan = bundles.pipeline().plan(release, new Selection(request.model(), nullSafe(request.features()),
                    nullSafe(request.apps())));
        } catch (UnknownCatalogCodes e) {
            throw ProblemException.invalid(e.problems().stream()
                    .map(problem -> new Problem.FieldError(fieldOf(problem), problem)).toList());
        } catch (UnresolvableSelection e) {
            throw ProblemException.invalid("features", e.getMessage());
        }
        boolean inStore;
        try {
            inStore = bundles.pipeline().cached(plan).isPresent();
        } catch (java.io.IOException e) {
            inStore = false;
        }
        BundleBuild build = queue.enqueue(plan, inStore);
        ImageStatus status = view(build);
        URI location = URI.create("/api/images/" + build.bundleKey);
        return status.status() == BuildStatus.BUILT ? Response.ok(status).location(location).build()
                : Response.accepted(status).location(location).build();
    }

    @GET
    @Path("/{bundleKey}")
    @Operation(summary = "A bundle build: status, progress, stage, and once built its digest, size and URL")
    public ImageStatus status(@PathParam("bundleKey") String bundleKey) {
        return queue.find(bundleKey).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("no bundle build " + bundleKey));
    }

    @GET
    @Path("/{bundleKey}/progress")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the build's status each time it changes, ending once it is built or "
            + "failed")
    @Blocking
    public Multi<ImageStatus> progress(@PathParam("bundleKey") String bundleKey) {
        status(bundleKey);
        return Multi.createFrom().deferred(() -> {
            AtomicReference<ImageStatus> last = new AtomicReference<>();
            AtomicBoolean finished = new AtomicBoolean();
            return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(POLL)
                    .map(tick -> QuarkusTransaction.requiringNew().call(() -> status(bundleKey)))
                    // the tick after the finished status ends the stream
                    .select().first(current -> {
                        boolean pass = !finished.get();
                        finished.compareAndSet(false, current.finished());
                        return pass;
                    })
                    .select().where(current -> !current.equals(last.getAndSet(current)));
        });
    }

    ImageStatus view(BundleBuild build) {
        return new ImageStatus(build.bundleKey, build.release, build.model, build.status, build.progress, build.stage,
                build.digest, build.sizeBytes, build.fingerprint,
                build.digest == null ? null : artifacts.urlOf(build.digest), build.error, build.attempts,
                build.createdAt, build.builtAt);
    }

    /** The request field a problem of the resolver is about ("unknown app 'x'" is about apps). */
    private static String fieldOf(String problem) {
        if (problem.contains("model")) {
            return "model";
        }
        return problem.startsWith("unknown app") ? "apps" : "features";
    }

    private static List<String> nullSafe(List<String> items) {
        return items == null ? List.of() : items;
    }
}
