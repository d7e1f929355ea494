package com.phonesmith.handset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers to {@code getvar}: the standard fastboot variables that the AOSP host asks for (A/B slots included), and
 * Phonesmith's {@code x-*} variables that the factory reads for QA.
 */
final class DeviceVariables {
    static final String BOOTLOADER_VERSION = "phonesmith-emu-1";
    /** A reply is at most 256 bytes, four of which are "OKAY". */
    static final int MAX_VALUE_BYTES = 252;

    private static final List<String> FIXED_NAMES = List.of("version", "version-bootloader", "product", "serialno",
            "secure", "unlocked", "is-userspace", "max-download-size", "current-slot", "slot-count", "x-imei",
            "x-written-imei", "x-colour", "x-storage-gb", "x-boot-state", "x-build-fingerprint",
            "x-installed-features", "x-installed-feature-count", "x-installed-apps", "x-installed-app-count",
            "x-installed-package-count", "x-boot-error", "x-activation-secret-set");
    /** Asked of every partition as it is on the flash, e.g. {@code partition-size:system_a}. */
    private static final List<String> PHYSICAL_PARTITION_NAMES = List.of("partition-size", "partition-type",
            "is-logical", "x-flashed-digest");

    private final Handset handset;

    DeviceVariables(Handset handset) {
        this.handset = handset;
    }

    String get(String name) throws CommandFailure {
        String value = lookUp(name);
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_VALUE_BYTES) {
            throw new CommandFailure("value too long (" + bytes + " bytes)" + longListHint(name));
        }
        return value;
    }

    /**
     * Every variable that currently has a value, as {@code name:value} lines for getvar:all, the way bootloaders and
     * AOSP's fastbootd write them (e.g. {@code has-slot:system:yes}, {@code partition-size:system_a:0x40000000}):
     * {@code has-slot} of every partition by its name without a slot, the other partition variables of every
     * partition as it is on the flash.
     */
    List<String> all() {
        List<String> names = new ArrayList<>(FIXED_NAMES);
        for (Partition partition : Partition.values()) {
            names.add("has-slot:" + partition.label());
        }
        for (String name : PHYSICAL_PARTITION_NAMES) {
            for (PhysicalPartition partition : PhysicalPartition.all()) {
                names.add(name + ":" + partition.label());
            }
        }
        handset.runningImage().ifPresent(image -> {
            addIndexed(names, "x-installed-feature:", image.features());
            addIndexed(names, "x-installed-app:", image.apps());
            addIndexed(names, "x-installed-package:", image.packages());
        });
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            try {
                lines.add(name + ":" + get(name));
            } catch (CommandFailure notAvailable) {
                // getvar:all lists what can be read right now, e.g. no fingerprint before a boot
            }
        }
        return lines;
    }

    private String lookUp(String name) throws CommandFailure {
        Variant variant = handset.variant();
        return switch (name) {
            case "version" -> "0.4";
            case "version-bootloader" -> BOOTLOADER_VERSION;
            case "product" -> variant.model();
            case "serialno" -> handset.serial();
            case "secure", "is-userspace" -> "no";
            case "unlocked" -> "yes";
            case "max-download-size" -> hex(Handset.MAX_DOWNLOAD_SIZE);
            case "current-slot" -> handset.currentSlot().letter();
            case "slot-count" -> Integer.toString(Slot.values().length);
            case "x-imei" -> handset.imei();
            case "x-written-imei" -> handset.writtenImei()
                    .orElseThrow(() -> new CommandFailure("no IMEI written"));
            case "x-activation-secret-set" -> handset.activationSecret().isPresent() ? "yes" : "no";
            case "x-colour" -> variant.colour();
            case "x-storage-gb" -> Integer.toString(variant.storageGb());
            case "x-boot-state" -> handset.bootState().label();
            case "x-build-fingerprint" -> booted().fingerprint();
            case "x-installed-features" -> String.join(",", features(booted()));
            case "x-installed-feature-count" -> Integer.toString(features(booted()).size());
            case "x-installed-apps" -> String.join(",", apps(booted()));
            case "x-installed-app-count" -> Integer.toString(apps(booted()).size());
            case "x-installed-package-count" -> Integer.toString(booted().packages().size());
            case "x-boot-error" -> clip(handset.bootError()
                    .orElseThrow(() -> new CommandFailure("the last boot was not refused")));
            default -> lookUpWithArgument(name);
        };
    }

    private String lookUpWithArgument(String name) throws CommandFailure {
        int colon = name.indexOf(':');
        if (colon < 0) {
            throw new CommandFailure("unknown variable");
        }
        String argument = name.substring(colon + 1);
        return switch (name.substring(0, colon)) {
            case "partition-size" -> hex(partition(argument).partition().sizeBytes());
            case "partition-type" -> {
                partition(argument);
                yield "raw";
            }
            case "is-logical" -> {
                partition(argument);
                yield "no";
            }
            case "has-slot" -> hasSlot(argument);
            case "x-flashed-digest" -> {
                PhysicalPartition partition = partition(argument);
                yield handset.store().digest(partition)
                        .orElseThrow(() -> new CommandFailure("nothing flashed to " + partition.label()));
            }
            case "x-installed-feature" -> item(features(booted()), argument);
            case "x-installed-app" -> item(apps(booted()), argument);
            case "x-installed-package" -> item(booted().packages(), argument);
            default -> throw new CommandFailure("unknown variable");
        };
    }

    private RunningBuild booted() throws CommandFailure {
        return handset.runningImage().orElseThrow(() -> new CommandFailure("handset has not booted an image"));
    }

    /** A partition name as a command gives it: a bare slotted one means the current slot's copy. */
    private PhysicalPartition partition(String label) throws CommandFailure {
        return PhysicalPartition.resolve(label, handset.currentSlot());
    }

    /**
     * Whether the partition of that name exists once per slot. As in AOSP's fastbootd, a name that already carries a
     * slot suffix ({@code system_a}) has no slots of its own.
     */
    private String hasSlot(String label) throws CommandFailure {
        Optional<Partition> bare = Partition.named(label);
        if (bare.isPresent()) {
            return bare.get().slotted() ? "yes" : "no";
        }
        partition(label);
        return "no";
    }

    private static String item(List<String> items, String index) throws CommandFailure {
        try {
            return items.get(Integer.parseInt(index));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new CommandFailure("no item " + index + " (there are " + items.size() + ")");
        }
    }

    private static void addIndexed(List<String> names, String prefix, List<String> items) {
        for (int i = 0; i < nullSafe(items).size(); i++) {
            names.add(prefix + i);
        }
    }

    private static List<String> features(RunningBuild image) {
        return nullSafe(image.features());
    }

    private static List<String> apps(RunningBuild image) {
        return nullSafe(image.apps());
    }

    private static List<String> nullSafe(List<String> items) {
        return items == null ? List.of() : items;
    }

    private static String longListHint(String name) {
        return switch (name) {
            case "x-installed-features" -> "; read x-installed-feature-count and x-installed-feature:<i>";
            case "x-installed-apps" -> "; read x-installed-app-count and x-installed-app:<i>";
            default -> "";
        };
    }

    /** A reason longer than a reply can carry is cut, keeping its beginning (which says what failed). */
    private static String clip(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_VALUE_BYTES ? text
                : new String(bytes, 0, MAX_VALUE_BYTES - 3, StandardCharsets.UTF_8).replaceAll("\\uFFFD$", "") + "...";
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
