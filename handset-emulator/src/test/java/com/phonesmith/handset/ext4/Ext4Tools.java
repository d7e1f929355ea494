package com.phonesmith.handset.ext4;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Makes and inspects ext4 images with e2fsprogs, the reference implementation the reader is tested against. */
final class Ext4Tools {
    private static final List<String> SYSTEM_DIRS = List.of("/usr/sbin", "/sbin");

    record Result(int exitCode, byte[] stdout, String stderr) {
        String text() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private Ext4Tools() {
    }

    /** Formats image from folder: {@code mke2fs -q -t ext4 [options] -d folder -E root_owner=0:0 image size}. */
    static Path makeImage(Path folder, Path image, String size, String... options) {
        List<String> command = new ArrayList<>(List.of(tool("mke2fs"), "-q", "-t", "ext4"));
        command.addAll(Arrays.asList(options));
        command.addAll(List.of("-d", folder.toString(), "-E", "root_owner=0:0", image.toString(), size));
        Result result = run(command);
        if (result.exitCode() != 0) {
            fail("mke2fs failed (" + result.exitCode() + "): " + result.stderr());
        }
        return image;
    }

    /** Checks the image and turns every directory of more than one block into a hashed (dir_index) one. */
    static void checkAndIndexDirectories(Path image) {
        Result result = run(List.of(tool("e2fsck"), "-f", "-y", "-D", image.toString()));
        if (result.exitCode() > 1) { // 1 means "errors corrected", which -D reports for rebuilt directories
            fail("e2fsck failed (" + result.exitCode() + "): " + result.text() + result.stderr());
        }
    }

    /** Runs one debugfs request read-only and returns what it printed on stdout. */
    static Result debugfs(Path image, String request) {
        return run(List.of(tool("debugfs"), "-R", request, image.toString()));
    }

    /** Runs one debugfs request that changes the image. */
    static void debugfsWrite(Path image, String request) {
        Result result = run(List.of(tool("debugfs"), "-w", "-R", request, image.toString()));
        if (result.exitCode() != 0 || result.stderr().lines().count() > 1) {
            fail("debugfs -w -R '" + request + "' failed: " + result.stderr());
        }
    }

    static long inodeNumber(Path image, String path) {
        return number(debugfs(image, "stat " + path).text(), "Inode:\\s+(\\d+)");
    }

    static long inodesPerGroup(Path image) {
        return number(debugfs(image, "stats").text(), "Inodes per group:\\s+(\\d+)");
    }

    private static long number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            fail("no " + regex + " in " + text);
        }
        return Long.parseLong(matcher.group(1));
    }

    static String tool(String name) {
        Stream<String> dirs = Stream.concat(
                Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                SYSTEM_DIRS.stream());
        Optional<Path> found = dirs.filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            fail(name + " is not installed. Install e2fsprogs (apt-get install -y e2fsprogs).");
        }
        return found.get().toString();
    }

    private static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("ext4-tool", ".out");
            Path err = Files.createTempFile("ext4-tool", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                        new File("/dev/null"))).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    fail("timed out: " + command);
                }
                return new Result(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }
}
