package com.phonesmith.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets the services of one stack share (a service's client secret, the tracking-token secret): made on
 * the first start of a data folder, readable by its owner only, and the same at every later start, so tracking
 * links and sessions survive a restart. Never in git: the data folder is ignored.
 */
final class Secrets {
    private final Path dir;

    Secrets(Path dataDir) {
        this.dir = dataDir.resolve("secrets");
    }

    String get(String name) throws IOException {
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Files.createDirectories(dir);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, secret, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return secret;
    }
}
