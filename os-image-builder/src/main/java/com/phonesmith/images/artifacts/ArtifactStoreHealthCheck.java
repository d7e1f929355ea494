package com.phonesmith.images.artifacts;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the artifact store's folder exists (or can be made) and can be written. */
@Readiness
@ApplicationScoped
public class ArtifactStoreHealthCheck implements HealthCheck {
    private final Artifacts artifacts;

    public ArtifactStoreHealthCheck(Artifacts artifacts) {
        this.artifacts = artifacts;
    }

    @Override
    public HealthCheckResponse call() {
        Path root = artifacts.store().root();
        var response = HealthCheckResponse.named("artifact-store").withData("root", root.toString());
        try {
            Files.createDirectories(root);
            return Files.isWritable(root) ? response.up().build()
                    : response.down().withData("reason", "folder is not writable").build();
        } catch (IOException e) {
            return response.down().withData("reason", "cannot create folder: " + e.getMessage()).build();
        }
    }
}
