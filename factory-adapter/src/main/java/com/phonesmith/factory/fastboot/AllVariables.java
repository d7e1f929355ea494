package com.phonesmith.factory.fastboot;

import java.util.List;
import java.util.Optional;

/**
 * The answer to {@code getvar:all}: one INFO line per variable, {@code name:value} as bootloaders and AOSP's fastbootd
 * write them ({@code current-slot:a}, {@code has-slot:system:yes}, {@code partition-size:system_a:0x40000000}).
 * A value may itself hold colons (a build fingerprint does), so a line cannot be split without knowing the name:
 * {@link #get} looks a variable up by its full name, arguments included.
 */
public record AllVariables(List<String> lines) {
    public AllVariables {
        lines = List.copyOf(lines);
    }

    /**
     * The value of the variable of that full name (e.g. {@code partition-size:system_b}); a bootloader that writes
     * {@code name: value} with a space is read the same.
     */
    public Optional<String> get(String name) {
        String prefix = name + ":";
        return lines.stream().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> line.substring(prefix.length()))
                .map(value -> value.startsWith(" ") ? value.substring(1) : value);
    }
}
