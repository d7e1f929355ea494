package com.phonesmith.contracts.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Debian tools the sparse tests compare against; a missing tool fails naming the package to install. */
final class HostTools {
    private HostTools() {
    }

    /** libsparse's expander: {@code simg2img piece... raw}. */
    static void simg2img(List<Path> sparseFiles, Path raw) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        sparseFiles.forEach(file -> arguments.add(file.toString()));
        arguments.add(raw.toString());
        run(tool("simg2img", "android-sdk-libsparse-utils"), arguments);
    }

    static void simg2img(Path sparseFile, Path raw) throws IOException, InterruptedException {
        simg2img(List.of(sparseFile), raw);
    }

    /** libsparse's writer: {@code img2simg raw sparse}. */
    static void img2simg(Path raw, Path sparseFile) throws IOException, InterruptedException {
        run(tool("img2simg", "android-sdk-libsparse-utils"), List.of(raw.toString(), sparseFile.toString()));
    }

    static void mke2fsExt4(Path folder, Path image, String size) throws IOException, InterruptedException {
        run(tool("mke2fs", "e2fsprogs"), List.of("-q", "-F", "-t", "ext4", "-d", folder.toString(),
                image.toString(), size));
    }

    /** Checks the file system without changing it; fails unless it is clean. */
    static String e2fsckCheck(Path image) throws IOException, InterruptedException {
        return run(tool("e2fsck", "e2fsprogs"), List.of("-f", "-n", image.toString()));
    }

    static Path tool(String name, String debianPackage) {
        List<String> folders = new ArrayList<>(
                Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        folders.addAll(List.of("/usr/sbin", "/sbin")); // mke2fs and e2fsck live there, often off a user's PATH
        return folders.stream().filter(folder -> !folder.isEmpty()).map(folder -> Path.of(folder, name))
                .filter(Files::isExecutable).findFirst()
                .orElseGet(() -> fail(name + " is not installed (not on PATH, /usr/sbin or /sbin). Install the"
                        + " Debian package " + debianPackage + ": apt-get install -y " + debianPackage));
    }

    private static String run(Path tool, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish within 120 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s, output:%n%s", command, text).isZero();
        return text;
    }
}
