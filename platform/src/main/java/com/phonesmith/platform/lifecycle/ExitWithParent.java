package com.phonesmith.platform.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When devstack starts a service it holds the service's standard input open; once that closes (devstack
 * stopped, or was killed) the service shuts down too, so no orphan keeps running.
 */
@ApplicationScoped
public class ExitWithParent {
    private static final Logger LOG = Logger.getLogger(ExitWithParent.class);

    void watchParent(@Observes StartupEvent startup,
            @ConfigProperty(name = "phonesmith.exit-with-parent", defaultValue = "false") boolean enabled) {
        if (!enabled) {
            return;
        }
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // drain until the parent closes the pipe
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
            }
            LOG.info("parent process gone: shutting down");
            Quarkus.asyncExit();
        }, "exit-with-parent");
        watcher.setDaemon(true);
        watcher.start();
    }
}
