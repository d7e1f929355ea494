package com.phonesmith.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each built service, started in its production profile with none of its settings in the environment,
 * refuses to start and names every variable it needs, instead of falling back to a developer's localhost.
 */
class ProductionSettingsTest {
    private static final Path ROOT = Path.of(System.getProperty("phonesmith.root", "..")).toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "configurator-api | CONFIGURATOR_DB_URL CONFIGURATOR_DB_USER CONFIGURATOR_DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS"
                    + " CONFIGURATOR_TRACKING_SECRET PHONESMITH_TOKEN_KEYS_URL CONFIGURATOR_FACTORY_URL",
            "order-workflow   | WORKFLOW_DB_URL WORKFLOW_DB_USER WORKFLOW_DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS"
                    + " PHONESMITH_TOKEN_KEYS_URL",
            "factory-adapter  | FACTORY_DB_URL FACTORY_DB_USER FACTORY_DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS"
                    + " FACTORY_STATIONS_HOST FACTORY_STATIONS_FIRST_PORT FACTORY_STATIONS_COUNT FACTORY_TRUSTED_KEYS"
                    + " FACTORY_TOKEN_URL FACTORY_CLIENT_SECRET PHONESMITH_TOKEN_KEYS_URL",
            "os-image-builder | IMAGES_DB_URL IMAGES_DB_USER IMAGES_DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS"
                    + " IMAGES_STORE_DIR IMAGES_PUBLIC_URL PHONESMITH_TOKEN_KEYS_URL",
            "activations      | ACTIVATIONS_DB_URL ACTIVATIONS_DB_USER ACTIVATIONS_DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS"
                    + " PHONESMITH_TOKEN_KEYS_URL",
            "web              | WEB_DB_URL WEB_DB_USER WEB_DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS"
                    + " PHONESMITH_WEB_CONFIGURATOR_URL PHONESMITH_WEB_WORKFLOW_URL PHONESMITH_WEB_FACTORY_URL"
                    + " PHONESMITH_WEB_ACTIVATIONS_URL PHONESMITH_WEB_KEYS_DIR PHONESMITH_WEB_FACTORY_CLIENT_SECRET"})
    void aServiceWithoutItsProductionSettingsRefusesToStartAndNamesEachMissingVariable(String service,
            String variables) throws Exception {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = Files.createTempFile("phonesmith-" + service + "-", ".log");
        Process process = startWithEmptyEnvironment(jar, log);
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);

        assertThat(exited).as("%s exits on its own", service).isTrue();
        assertThat(process.exitValue()).as("exit code of %s", service).isNotZero();
        assertThat(output).contains("Configuration validation failed");
        for (String variable : variables.split(" ")) {
            assertThat(output).as("%s names %s", service, variable)
                    .contains("Could not expand value " + variable + " in property");
        }
        assertThat(output).doesNotContain("Listening on");
    }

    private static Process startWithEmptyEnvironment(Path jar, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString()))
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        return builder.start();
    }
}
