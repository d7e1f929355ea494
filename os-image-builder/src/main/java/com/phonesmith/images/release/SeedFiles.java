package com.phonesmith.images.release;

import java.util.ArrayList;
import java.util.List;

/**
 * The files of a seed package: a few inline text files (its permissions, its properties, an init script for
 * services and HALs) and one or two generated files whose sizes are shares of a byte budget, weighted by
 * the package (its name, and how heavy it is) and the file (an APK outweighs its compiled code).
 */
final class SeedFiles {
    private record Planned(String path, int mode, long weight) {
    }

    private final SeedSpec spec;
    private final List<PackageFile> inline = new ArrayList<>();
    private final List<Planned> generated = new ArrayList<>();
    private final long[] sizes;

    private SeedFiles(SeedSpec spec) {
        this.spec = spec;
        long weight = (1 + Digests.stableHash("weight\0" + spec.name) % 4) * spec.heaviness;
        String n = spec.name;
        String t = spec.title;
        text("/etc/permissions/" + n + ".xml", permissions());
        text("/etc/packages/" + n + ".prop", "name=" + n + "\nversion=" + spec.version + "\npartition="
                + spec.partition.name().toLowerCase() + "\nessential=" + spec.essential + "\n");
        switch (spec.layout) {
            case LIB -> plan("/lib64/" + n + ".so", 0644, 4 * weight);
            case BIN -> {
                plan("/bin/" + n, 0755, 4 * weight);
                text("/etc/init/" + n + ".rc", "service " + n + " /system/bin/" + n + "\n    class main\n"
                        + "    user system\n");
            }
            case FRAMEWORK -> {
                plan("/framework/" + n + ".jar", 0644, 3 * weight);
                plan("/framework/oat/arm64/" + n + ".odex", 0644, weight);
            }
            case PRIV_APP -> {
                plan("/priv-app/" + t + "/" + t + ".apk", 0644, 3 * weight);
                plan("/priv-app/" + t + "/oat/arm64/" + t + ".odex", 0644, weight);
            }
            case APP -> {
                plan("/app/" + t + "/" + t + ".apk", 0644, 3 * weight);
                plan("/app/" + t + "/oat/arm64/" + t + ".odex", 0644, weight);
            }
            case FONT -> {
                plan("/fonts/" + t + "-Regular.ttf", 0644, 2 * weight);
                plan("/fonts/" + t + "-Bold.ttf", 0644, 2 * weight);
            }
            case FIRMWARE -> plan("/firmware/" + n + ".bin", 0644, 4 * weight);
            case HAL -> {
                plan("/lib64/hw/" + n + ".so", 0644, 4 * weight);
                text("/etc/init/" + n + ".rc", "service " + n + " /vendor/bin/hw/" + n + "\n    class hal\n"
                        + "    user system\n    group system\n");
            }
            case DATA -> plan("/usr/share/" + n + "/" + n + ".dat", 0644, 4 * weight);
            case CONFIG -> plan("/etc/" + n + "/" + n + ".img", 0644, 4 * weight);
            case KERNEL -> plan("/lib/modules/" + n + ".ko.img", 0644, 4 * weight);
            default -> throw new IllegalStateException("no layout " + spec.layout);
        }
        sizes = new long[generated.size()];
    }

    static SeedFiles of(SeedSpec spec) {
        return new SeedFiles(spec);
    }

    /**
     * Shares a total between the files of a group of packages so that all their files add up to it exactly.
     *
     * @return the bytes per weight unit, scaled by 2^20, to size other packages on the same scale
     */
    static long share(List<SeedFiles> group, long total, String what) {
        long inlineBytes = group.stream().mapToLong(SeedFiles::inlineBytes).sum();
        long budget = total - inlineBytes;
        if (budget < 0) {
            throw new IllegalArgumentException(what + " must be at least " + inlineBytes
                    + " bytes, the size of the text files");
        }
        long weights = group.stream().mapToLong(SeedFiles::weight).sum();
        long given = 0;
        SeedFiles last = null;
        for (SeedFiles files : group) {
            for (int i = 0; i < files.sizes.length; i++) {
                files.sizes[i] = budget * files.generated.get(i).weight() / weights;
                given += files.sizes[i];
                last = files;
            }
        }
        if (last != null) {
            last.sizes[last.sizes.length - 1] += budget - given;
        }
        return weights == 0 ? 0 : (budget << 20) / weights;
    }

    /** Sizes the generated files at the given bytes per weight unit (scaled by 2^20). */
    void scale(long unit) {
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = (unit * generated.get(i).weight()) >> 20;
        }
    }

    long inlineBytes() {
        return inline.stream().mapToLong(PackageFile::size).sum();
    }

    private long weight() {
        return generated.stream().mapToLong(Planned::weight).sum();
    }

    ReleasePackage build() {
        List<PackageFile> files = new ArrayList<>(inline);
        for (int i = 0; i < sizes.length; i++) {
            Planned planned = generated.get(i);
            files.add(PackageFile.generated(planned.path(), planned.mode(), sizes[i],
                    spec.name + "@" + spec.version + ":" + planned.path()));
        }
        return new ReleasePackage(spec.name, spec.version, spec.partition, spec.essential, spec.depends,
                spec.conflicts, spec.provides, files);
    }

    private void text(String path, String content) {
        inline.add(PackageFile.text(path, 0644, content));
    }

    private void plan(String path, int mode, long weight) {
        generated.add(new Planned(path, mode, weight));
    }

    private String permissions() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<!-- " + spec.name + " " + spec.version + " -->\n"
                + "<permissions>\n"
                + "    <feature name=\"com.phonesmith." + spec.name.replace('-', '_') + "\" />\n"
                + "    <privapp-permissions package=\"com.phonesmith." + spec.name.replace('-', '.') + "\">\n"
                + "        <permission name=\"android.permission.INTERNET\" />\n"
                + "    </privapp-permissions>\n"
                + "</permissions>\n";
    }
}
