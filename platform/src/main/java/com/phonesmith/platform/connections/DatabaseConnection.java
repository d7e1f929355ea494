package com.phonesmith.platform.connections;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The service's database, declared as required so that a start without it fails at once naming the missing
 * variable (the production profile reads each from the environment), rather than with the datasource merely
 * deactivated.
 */
@ConfigMapping(prefix = "quarkus.datasource")
public interface DatabaseConnection {
    @WithName("jdbc.url")
    String jdbcUrl();

    String username();

    String password();
}
