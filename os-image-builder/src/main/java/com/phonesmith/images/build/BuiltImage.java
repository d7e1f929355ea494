package com.phonesmith.images.build;

import com.phonesmith.contracts.image.ImageManifest;
import com.phonesmith.images.artifacts.StoredArtifact;

/** An image file in the artifact store and the manifest at its head. */
public record BuiltImage(StoredArtifact artifact, ImageManifest manifest) {
}
