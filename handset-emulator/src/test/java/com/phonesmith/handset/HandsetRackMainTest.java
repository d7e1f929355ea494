package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandsetRackMainTest {
    @TempDir
    Path dataDir;
    Process rack;

    @AfterEach
    void stopRack() {
        if (rack != null) {
            rack.destroyForcibly();
        }
    }

    @Test
    void theRackPrintsOneLinePerHandsetAndStopsWhenItsStandardInputCloses() throws Exception {
        int firstPort = HandsetRackTest.freePortRange(48);
        List<String> lines = startRack(firstPort);

        assertThat(lines).hasSize(49);
        assertThat(lines.get(0)).matches("handset PS" + firstPort + " \\d{15} nordvik-fjord/slate/128GB on 127.0.0.1:"
                + firstPort);
        assertThat(lines.get(48)).isEqualTo("rack ready: 48 handsets");

        rack.getOutputStream().close();

        assertThat(rack.waitFor(20, TimeUnit.SECONDS)).as("rack exited").isTrue();
        assertThat(rack.exitValue()).isZero();
    }

    @Test
    void theRackStopsOnSigterm() throws Exception {
        int firstPort = HandsetRackTest.freePortRange(48);
        startRack(firstPort);

        rack.destroy();

        assertThat(rack.waitFor(20, TimeUnit.SECONDS)).as("rack exited").isTrue();
        assertThat(HandsetRackTest.freePortRange(1)).isPositive();
    }

    private List<String> startRack(int firstPort) throws IOException {
        rack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HandsetRackMain.class.getName(),
                "--host", "127.0.0.1", "--first-port", String.valueOf(firstPort), "--units-per-variant", "1",
                "--data-dir", dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(rack.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.startsWith("rack ready")) {
                break;
            }
        }
        return lines;
    }
}
