package com.phonesmith.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./phonesmith run} as a separate process, started with the same command the script execs, its console
 * kept in a file. For tests of what the launcher itself does: stop, supervise, refuse, report.
 */
final class Launcher {
    static final Path ROOT = Path.of(System.getProperty("phonesmith.root", "..")).toAbsolutePath().normalize();

    private final Process process;
    private final Path console;

    private Launcher(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    static Launcher start(Path console, List<String> options) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dlogging.configuration=file:" + ROOT.resolve("devstack/src/main/resources/devstack-logging.properties"),
                "-Dphonesmith.root=" + ROOT, "-cp", classpath(), "com.phonesmith.devstack.Devstack"));
        command.addAll(options);
        Files.createDirectories(console.getParent());
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile())).start();
        return new Launcher(process, console);
    }

    /** {@code ./phonesmith status} with these options: its exit status and output. */
    static Result status(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("phonesmith").toString(), "status"));
        command.addAll(options);
        Process status = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!status.waitFor(60, TimeUnit.SECONDS)) {
            status.destroyForcibly();
            throw new AssertionError("./phonesmith status did not answer within 60 s:\n" + output);
        }
        return new Result(status.exitValue(), output);
    }

    record Result(int exitStatus, String output) {
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    String console() {
        try {
            return Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    boolean running() {
        return console().contains("Phonesmith is running.");
    }

    /** The launcher, every process under it, and PostgreSQL's (which runs detached) with all of its own. */
    List<ProcessHandle> processTree(Path dataDir) {
        List<ProcessHandle> tree = new ArrayList<>(Stream.concat(Stream.of(process.toHandle()),
                process.toHandle().descendants()).toList());
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
            ProcessHandle.of(postmaster).ifPresent(p -> {
                tree.add(p);
                tree.addAll(p.descendants().toList());
            });
        } catch (IOException e) {
            // no PostgreSQL running
        }
        return tree;
    }

    /** The pid the launcher recorded for a part in its state file. */
    static long partPid(Path dataDir, String part) throws IOException {
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("devstack.state"))) {
            state.load(in);
        }
        return Long.parseLong(state.getProperty("part." + part + ".pid"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() throws IOException {
        return ROOT.resolve("devstack/target/classes") + ":"
                + Files.readString(ROOT.resolve("devstack/target/classpath.txt")).trim();
    }
}
