package com.phonesmith.images.artifacts;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import com.phonesmith.images.bundle.BundleAssembly;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import org.jboss.resteasy.reactive.PathPart;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Downloads of built images by their SHA-256 digest. */
@Path("/api/artifacts")
@Tag(name = "artifacts")
@RolesAllowed({Roles.SERVICE, Roles.OPERATOR, Roles.SUPPORT})
public class ArtifactResource {
    static final String SHA256_HEADER = "X-Content-SHA256";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Artifacts artifacts;

    public ArtifactResource(Artifacts artifacts) {
        this.artifacts = artifacts;
    }

    @GET
    @Path("/{digest}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an artifact (a factory bundle or image) by its SHA-256 digest; a single "
            + "Range (bytes=first-last) is answered 206")
    public Response download(@PathParam("digest") String digest, @Context Request request,
            @HeaderParam("Range") String range) throws IOException {
        Optional<BundleAssembly.Assembled> bundle = assembled(digest);
        if (bundle.isPresent()) {
            return assembledDownload(bundle.get(), request, range);
        }
        StoredArtifact artifact = existing(digest);
        EntityTag tag = new EntityTag(digest);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
        }
        artifacts.store().touch(digest);
        Optional<ByteRange> part;
        try {
            part = ByteRange.parse(range, artifact.sizeBytes());
        } catch (ByteRange.Unsatisfiable e) {
            return headers(Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE), artifact)
                    .header("Content-Range", "bytes */" + artifact.sizeBytes()).build();
        }
        if (part.isPresent()) {
            ByteRange bytes = part.get();
            return headers(Response.status(Response.Status.PARTIAL_CONTENT)
                    .entity(new PathPart(artifact.path(), bytes.first(), bytes.length()))
                    .type(MediaType.APPLICATION_OCTET_STREAM_TYPE), artifact)
                    .header("Content-Range", bytes.contentRange(artifact.sizeBytes())).build();
        }
        return headers(Response.ok(artifact.path(), MediaType.APPLICATION_OCTET_STREAM_TYPE), artifact).build();
    }

    /**
     * A bundle is written from its parts as it is sent (the same bytes every time); a range is cut from that stream.
     */
    private Response assembledDownload(BundleAssembly.Assembled bundle, Request request, String range) {
        EntityTag tag = new EntityTag(bundle.digest());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
        }
        StoredArtifact sized = new StoredArtifact(bundle.digest(), bundle.sizeBytes(), null);
        Optional<ByteRange> part;
        try {
            part = ByteRange.parse(range, bundle.sizeBytes());
        } catch (ByteRange.Unsatisfiable e) {
            return headers(Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE), sized)
                    .header("Content-Range", "bytes */" + bundle.sizeBytes()).build();
        }
        ByteRange bytes = part.orElse(new ByteRange(0, bundle.sizeBytes() - 1));
        StreamingOutput body = out -> bundle.writeTo(artifacts.store(), new RangeWindow(out, bytes.first(),
                bytes.length()));
        Response.ResponseBuilder response = part.isPresent()
                ? Response.status(Response.Status.PARTIAL_CONTENT)
                        .header("Content-Range", bytes.contentRange(bundle.sizeBytes()))
                : Response.ok();
        return headers(response.entity(body).type(MediaType.APPLICATION_OCTET_STREAM_TYPE), sized)
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length()).build();
    }

    private Optional<BundleAssembly.Assembled> assembled(String digest) throws IOException {
        if (!ArtifactStore.isDigest(digest) || artifacts.store().find(digest).isPresent()) {
            return Optional.empty();
        }
        return BundleAssembly.find(artifacts.store(), digest);
    }

    @HEAD
    @Path("/{digest}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The size and digest headers of an artifact, without its content")
    public Response head(@PathParam("digest") String digest) throws IOException {
        Optional<BundleAssembly.Assembled> bundle = assembled(digest);
        if (bundle.isPresent()) {
            return headers(Response.ok().type(MediaType.APPLICATION_OCTET_STREAM_TYPE),
                    new StoredArtifact(digest, bundle.get().sizeBytes(), null))
                    .header(HttpHeaders.CONTENT_LENGTH, bundle.get().sizeBytes()).build();
        }
        StoredArtifact artifact = existing(digest);
        return headers(Response.ok().type(MediaType.APPLICATION_OCTET_STREAM_TYPE), artifact)
                .header(HttpHeaders.CONTENT_LENGTH, artifact.sizeBytes())
                .build();
    }

    private StoredArtifact existing(String digest) throws IOException {
        if (!ArtifactStore.isDigest(digest)) {
            throw ProblemException.badRequest("digest", "must be a SHA-256 digest: 64 lowercase hex characters");
        }
        return artifacts.find(digest)
                .orElseThrow(() -> ProblemException.notFound("no artifact with digest " + digest));
    }

    /** Passes on only the bytes from first, length of them, of what is written through it. */
    static final class RangeWindow extends java.io.FilterOutputStream {
        private long skip;
        private long left;

        RangeWindow(java.io.OutputStream out, long first, long length) {
            super(out);
            this.skip = first;
            this.left = length;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (skip >= length) {
                skip -= length;
                return;
            }
            int from = offset + (int) skip;
            int count = (int) Math.min(length - skip, left);
            skip = 0;
            if (count > 0) {
                out.write(bytes, from, count);
                left -= count;
            }
        }
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, StoredArtifact artifact) {
        return response.tag(new EntityTag(artifact.digest()))
                .header(SHA256_HEADER, artifact.digest())
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
    }
}
