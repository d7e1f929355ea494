package com.phonesmith.devstack;

import java.io.IOException;
import java.io.InputStream;

/** For child mains: runs the shutdown action once the parent closes our standard input (or dies). */
public final class ParentWatch {
    private ParentWatch() {
    }

    public static void onParentGone(Runnable shutdown) {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // drain until EOF
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
            }
            shutdown.run();
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
