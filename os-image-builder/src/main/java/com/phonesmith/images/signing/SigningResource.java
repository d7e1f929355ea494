package com.phonesmith.images.signing;

import com.phonesmith.contracts.image.boot.Verdict;
import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.artifacts.Artifacts;
import com.phonesmith.images.bundle.BundleAssembly;
import com.phonesmith.images.bundle.BundleVerifier;
import com.phonesmith.images.bundle.Bundles;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The keys that sign the boot descriptors: their public halves (public, like a phone maker's verified-boot key),
 * rotation and retirement (admin), and verification of a stored bundle against them.
 */
@Path("/api/signing")
@Tag(name = "signing")
public class SigningResource {
    private final Bundles bundles;
    private final Artifacts artifacts;

    public SigningResource(Bundles bundles, Artifacts artifacts) {
        this.bundles = bundles;
        this.artifacts = artifacts;
    }

    @GET
    @Path("/keys")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT, Roles.OPERATOR, Roles.SERVICE})
    @Operation(summary = "Every signing key: id, created, active, retired")
    public List<SigningKeyInfo> keys() {
        return bundles.keys().list();
    }

    @GET
    @Path("/trusted-keys")
    @Produces(MediaType.TEXT_PLAIN)
    @PermitAll
    @Operation(summary = "The public keys a handset or the factory trusts (every key not retired), as Key-Id lines "
            + "and PEM public keys")
    public String trustedKeys() {
        return bundles.keys().trusted().toPem();
    }

    @POST
    @Path("/keys/rotate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Make a new signing key and sign with it from now on; older keys stay trusted until retired")
    public SigningKeyInfo rotate() throws IOException {
        SigningKeyInfo key = bundles.keys().rotate();
        bundles.publishTrustedKeys();
        return key;
    }

    @POST
    @Path("/keys/{keyId}/retire")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Stop trusting an old key (never the active one): bundles it signed no longer verify")
    public SigningKeyInfo retire(@PathParam("keyId") String keyId) throws IOException {
        try {
            SigningKeyInfo key = bundles.keys().retire(keyId);
            bundles.publishTrustedKeys();
            return key;
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("keyId", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no signing key " + keyId);
        }
    }

    @GET
    @Path("/verification/{digest}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT, Roles.OPERATOR, Roles.SERVICE})
    @Operation(summary = "Verify a stored bundle as a handset would: its descriptor's signature against the keys "
            + "trusted now, and every partition against its signed digest")
    public VerificationView verify(@PathParam("digest") String digest) throws IOException {
        if (!ArtifactStore.isDigest(digest)) {
            throw ProblemException.badRequest("digest", "must be a SHA-256 digest: 64 lowercase hex characters");
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile(artifacts.store().scratch(), "verify-", ".zip");
        try {
            java.util.Optional<BundleAssembly.Assembled> assembled = BundleAssembly.find(artifacts.store(), digest);
            if (assembled.isPresent()) {
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                    assembled.get().writeTo(artifacts.store(), out);
                }
            } else {
                java.nio.file.Files.copy(artifacts.find(digest)
                        .orElseThrow(() -> ProblemException.notFound("no artifact with digest " + digest)).path(),
                        file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Verdict verdict = BundleVerifier.verify(file, bundles.keys().trusted(), artifacts.store().scratch());
            return new VerificationView(verdict.ok(), verdict.outcome().name(), verdict.reason(),
                    verdict.descriptor().map(d -> d.keyId()).orElse(null),
                    verdict.descriptor().map(d -> d.rollbackIndex()).orElse(null),
                    verdict.descriptor().map(d -> d.buildFingerprint()).orElse(null));
        } catch (FactoryBundle.InvalidBundle e) {
            throw ProblemException.invalid("digest", "the artifact is not a factory bundle: " + e.getMessage());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
