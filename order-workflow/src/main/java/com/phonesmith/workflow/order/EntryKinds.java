package com.phonesmith.workflow.order;

import com.phonesmith.workflow.timeline.EntryKind;
import com.phonesmith.workflow.timeline.EntryType;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every kind of timeline entry: those of the events order-workflow hears and those it makes itself. */
public final class EntryKinds {
    private static final Map<String, EntryKind> BY_WIRE_NAME = Stream.<EntryKind>concat(
                    Stream.of(OrderEvent.values()), Stream.of(EntryType.values()))
            .collect(Collectors.toUnmodifiableMap(EntryKind::wireName, Function.identity()));

    private EntryKinds() {
    }

    /** The kind stored under this name in timeline_entry.type. */
    public static EntryKind ofWireName(String name) {
        EntryKind kind = BY_WIRE_NAME.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("unknown timeline entry type " + name);
        }
        return kind;
    }

    static Set<EntryKind> ofWireNames(Set<String> names) {
        return names.stream().map(EntryKinds::ofWireName).collect(Collectors.toUnmodifiableSet());
    }

    public static Set<EntryKind> all() {
        return Set.copyOf(BY_WIRE_NAME.values());
    }
}
