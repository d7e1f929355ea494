package com.phonesmith.images.artifacts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "images")
public interface ArtifactsConfig {
    /** Root folder of the artifact store (env IMAGES_STORE_DIR). */
    @WithDefault("${user.home}/.phonesmith/artifacts")
    Path storeDir();

    /** Base URL clients download artifacts from, without a trailing slash (env IMAGES_PUBLIC_URL). */
    @WithDefault("http://127.0.0.1:8084")
    String publicUrl();
}
