package com.phonesmith.handset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partition as it exists on the flash: a slotted partition in one slot ({@code system_a}), or a partition without
 * slots ({@code userdata}). What a fastboot command names resolves to one of these the way a real bootloader
 * resolves it: {@code system_b} is that slot, a bare {@code system} is the current slot's.
 */
public record PhysicalPartition(Partition partition, Slot slot) {
    public PhysicalPartition {
        Objects.requireNonNull(partition);
        if (partition.slotted() != (slot != null)) {
            throw new IllegalArgumentException(partition.label() + (partition.slotted()
                    ? " exists once per slot: name the slot" : " has no slots"));
        }
    }

    /** The partition in the slot, or the one copy of a partition without slots (the slot then does not matter). */
    public static PhysicalPartition of(Partition partition, Slot slot) {
        return new PhysicalPartition(partition, partition.slotted() ? Objects.requireNonNull(slot) : null);
    }

    /** Every partition on the flash: each slotted one in slot a and in slot b, then the ones without slots. */
    public static List<PhysicalPartition> all() {
        List<PhysicalPartition> all = new ArrayList<>();
        for (Partition partition : Partition.values()) {
            if (partition.slotted()) {
                for (Slot slot : Slot.values()) {
                    all.add(new PhysicalPartition(partition, slot));
                }
            } else {
                all.add(new PhysicalPartition(partition, null));
            }
        }
        return all;
    }

    /**
     * What a command's partition name means on this handset: {@code <name>_a} or {@code <name>_b} for a slotted
     * partition, or the bare name (the current slot's copy of a slotted partition).
     */
    static PhysicalPartition resolve(String name, Slot current) throws CommandFailure {
        Optional<Partition> bare = Partition.named(name);
        if (bare.isPresent()) {
            return of(bare.get(), current);
        }
        int underscore = name.lastIndexOf('_');
        Optional<Partition> base = underscore > 0 ? Partition.named(name.substring(0, underscore)) : Optional.empty();
        if (base.isEmpty()) {
            throw new CommandFailure("unknown partition " + name);
        }
        if (!base.get().slotted()) {
            throw new CommandFailure("unknown partition " + name + ": " + base.get().label() + " has no slots");
        }
        Slot slot = Slot.named(name.substring(underscore + 1)).orElseThrow(() -> new CommandFailure(
                "unknown partition " + name + ": " + base.get().label() + " has slots a and b"));
        return new PhysicalPartition(base.get(), slot);
    }

    /** The name on the flash, e.g. {@code system_a} or {@code userdata}. */
    public String label() {
        return slot == null ? partition.label() : partition.label() + slot.suffix();
    }

    @Override
    public String toString() {
        return label();
    }
}
