package com.phonesmith.web.provider;

import com.phonesmith.devstack.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A real Keycloak (the distribution unpacked into {@code target/keycloak} by the build) for the tests of signing in at
 * an OpenID Connect provider: started once per test JVM with the realm of {@code keycloak/phonesmith-realm.json}
 * (a confidential client for web, whose redirect URIs name web's test port, so this resource chooses that port too;
 * one user per role and one with none), in-memory and without a cluster cache, and stopped with the profile. A
 * wrapper shell stops Keycloak when the test JVM goes away, even killed: it waits for the end of its standard input.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    public static final String REALM = "phonesmith";
    public static final String CLIENT_ID = "phonesmith-web";
    public static final String CLIENT_SECRET = "web-secret-of-the-tests-0123456789";
    /** Every test user's password. */
    public static final String PASSWORD = "password-of-the-keycloak-tests";
    /** System properties for the tests: the realm's issuer URL, web's port. */
    public static final String ISSUER_PROPERTY = "phonesmith.test.keycloak-issuer";
    static final Duration LONGEST_START = Duration.ofMinutes(6);

    private Process process;
    private OutputStream lifeline;

    @Override
    public Map<String, String> start() {
        Path home = Paths.get(System.getProperty("phonesmith.test.keycloak-home", "target/keycloak/keycloak-26.4.0"))
                .toAbsolutePath();
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + ": run the tests with Maven, whose"
                    + " process-test-resources phase unpacks org.keycloak:keycloak-quarkus-dist there");
        }
        int port = Ports.free();
        int webPort = Ports.free();
        String issuer = "http://127.0.0.1:" + port + "/realms/" + REALM;
        try {
            writeRealm(home.resolve("data/import"), webPort);
            Path log = Paths.get("target", "keycloak.log").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", """
                    "$0" start-dev --http-port="$1" --import-realm --db=dev-mem --cache=local </dev/null &
                    kc=$!
                    cat >/dev/null
                    pkill -TERM -P "$kc"
                    kill -TERM "$kc" 2>/dev/null
                    wait "$kc"
                    """, kc.toString(), Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString(),
                    "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"));
            process = builder.start();
            lifeline = process.getOutputStream();
            Awaitility.await("Keycloak's realm " + REALM + " (log: " + log + ")").atMost(LONGEST_START)
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ": see "
                                    + log);
                        }
                        return answers(URI.create(issuer + "/.well-known/openid-configuration"));
                    });
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("cannot start Keycloak", e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        System.setProperty(ISSUER_PROPERTY, issuer);
        return Map.of(
                "phonesmith.web.oidc.url", issuer,
                "phonesmith.web.oidc.client-id", CLIENT_ID,
                "phonesmith.web.oidc.client-secret", CLIENT_SECRET,
                "quarkus.http.test-port", Integer.toString(webPort));
    }

    /** The realm, with web's port in its client's redirect URIs, where {@code --import-realm} reads it. */
    private static void writeRealm(Path importDir, int webPort) throws IOException {
        String realm;
        try (InputStream in = KeycloakResource.class.getResourceAsStream("/keycloak/phonesmith-realm.json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /keycloak/phonesmith-realm.json");
            }
            realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(importDir);
        Files.writeString(importDir.resolve(REALM + "-realm.json"), realm.replace("@WEB_PORT@", Integer.toString(webPort))
                .replace("@CLIENT_SECRET@", CLIENT_SECRET).replace("@PASSWORD@", PASSWORD));
    }

    private static boolean answers(URI uri) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        try {
            lifeline.close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                List<ProcessHandle> descendants = process.descendants().toList();
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }
}
