package com.phonesmith.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Java child process whose standard input is a pipe from this JVM. Children built for devstack exit
 * when that pipe closes, so even a parent killed with SIGKILL leaves no orphan behind.
 */
public final class ChildJvm implements AutoCloseable {
    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Process process;
    private final OutputStream stdin;

    private ChildJvm(String name, List<String> command, Map<String, String> environment, Path logFile,
            Process process) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.logFile = logFile;
        this.process = process;
        this.stdin = process.getOutputStream();
    }

    /** Starts {@code java [jvmArgs] -cp classpath mainClass args}, its output appended to logFile. */
    public static ChildJvm startMain(String name, String classpath, List<String> jvmArgs, String mainClass,
            List<String> args, Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        return start(name, command, logFile);
    }

    /** Starts {@code java [jvmArgs] -jar jar}, its output appended to logFile. */
    public static ChildJvm startJar(String name, Path jar, List<String> jvmArgs, Path logFile) throws IOException {
        return startJar(name, jar, jvmArgs, Map.of(), logFile);
    }

    /**
     * As above, with extra environment variables: the way to hand a child a secret, which on its command line
     * any local user could read.
     */
    public static ChildJvm startJar(String name, Path jar, List<String> jvmArgs, Map<String, String> environment,
            Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        return start(name, command, environment, logFile);
    }

    private static ChildJvm start(String name, List<String> command, Path logFile) throws IOException {
        return start(name, command, Map.of(), logFile);
    }

    private static ChildJvm start(String name, List<String> command, Map<String, String> environment, Path logFile)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return new ChildJvm(name, List.copyOf(command), Map.copyOf(environment), logFile, builder.start());
    }

    /** The same command again, in a new process: how a child that ended is restarted. */
    public ChildJvm relaunch() throws IOException {
        return start(name, command, environment, logFile);
    }

    public Path logFile() {
        return logFile;
    }

    /** Completes with how the process ended ("exited with code 1", "killed by SIGKILL"). */
    public CompletableFuture<String> ended() {
        return process.onExit().thenApply(gone -> describeExit(gone.exitValue()));
    }

    /** An exit status as a person reads it; the JDK reports a death by signal N as 128 + N. */
    static String describeExit(int status) {
        if (status > 128 && status < 160) {
            int signal = status - 128;
            String name = switch (signal) {
                case 1 -> "SIGHUP";
                case 2 -> "SIGINT";
                case 6 -> "SIGABRT";
                case 9 -> "SIGKILL";
                case 11 -> "SIGSEGV";
                case 15 -> "SIGTERM";
                default -> "signal " + signal;
            };
            return "killed by " + name;
        }
        return "exited with code " + status;
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    /** Asks the child to stop (its stdin closed) without waiting. */
    public void requestStop() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // the child is going away anyway
        }
    }

    /** Asks the child to stop (stdin closed, then SIGTERM), and kills it if it has not stopped in time. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        requestStop();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
