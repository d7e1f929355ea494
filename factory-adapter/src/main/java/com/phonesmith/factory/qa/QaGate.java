package com.phonesmith.factory.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The blocking gate of a manual QA station: a phone passes only when every automated check passed and the operator
 * ticked every visual check. Says what blocks, item by item.
 */
public final class QaGate {
    private QaGate() {
    }

    /** What keeps the phone from passing, each as {@code field -> reason}; empty when it may pass. */
    public static List<Blocker> blockers(List<QaCheck> automated, List<VisualCheck> visual,
            Collection<String> ticked) {
        List<Blocker> blockers = new ArrayList<>();
        if (automated.isEmpty()) {
            blockers.add(new Blocker("checks", "no automated checks are recorded for this phone: flash it again"));
        }
        for (QaCheck check : automated) {
            if (!check.passed()) {
                blockers.add(new Blocker("checks." + check.item(), "failed: " + check.difference()));
            }
        }
        Set<String> tickedIds = ticked == null ? Set.of() : Set.copyOf(ticked);
        for (VisualCheck check : visual) {
            if (!tickedIds.contains(check.id())) {
                blockers.add(new Blocker("visual." + check.id(), "not ticked: " + check.label()));
            }
        }
        for (String id : tickedIds) {
            if (visual.stream().noneMatch(check -> check.id().equals(id))) {
                blockers.add(new Blocker("visual." + id, "no such visual check"));
            }
        }
        return blockers;
    }

    public record Blocker(String field, String reason) {
    }
}
