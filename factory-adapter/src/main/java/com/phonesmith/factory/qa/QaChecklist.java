package com.phonesmith.factory.qa;

import java.util.List;

/**
 * The QA checklist of one phone at a manual QA station: the automated checks of its last flash (what the booted
 * handset reported against what the order asks for) and the operator's visual checks, and what still blocks a pass.
 */
public record QaChecklist(String orderId, String imei, String model, String colour, Integer storageGb,
        String status, List<QaCheck> automated, List<VisualCheck> visual, boolean automatedPassed) {
    public static QaChecklist of(String orderId, String imei, String model, String colour, Integer storageGb,
            String status, List<QaCheck> automated, List<VisualCheck> visual) {
        boolean passed = !automated.isEmpty() && automated.stream().allMatch(QaCheck::passed);
        return new QaChecklist(orderId, imei, model, colour, storageGb, status, List.copyOf(automated),
                List.copyOf(visual), passed);
    }
}
