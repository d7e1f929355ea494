package com.phonesmith.images.artifacts;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;

/** The service's artifact store, and the URL each artifact is downloaded from. */
@ApplicationScoped
public class Artifacts {
    private final ArtifactStore store;
    private final String publicUrl;

    public Artifacts(ArtifactsConfig config) {
        this.store = new ArtifactStore(config.storeDir());
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    public ArtifactStore store() {
        return store;
    }

    public Optional<StoredArtifact> find(String digest) throws IOException {
        return store.find(digest);
    }

    /** The URL of the artifact with this digest, served by {@link ArtifactResource}. */
    public String urlOf(String digest) {
        return publicUrl + "/api/artifacts/" + digest;
    }
}
