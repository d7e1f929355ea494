package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A phone's QA checklist at a manual QA station, as factory-adapter gives it: the automated checks of its last flash
 * (what the booted handset reported against the order) and the visual checks the operator makes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QaChecklist(String orderId, String imei, String model, String colour, Integer storageGb, String status,
        List<Check> automated, List<VisualCheck> visual, boolean automatedPassed) {
    public QaChecklist {
        automated = automated == null ? List.of() : List.copyOf(automated);
        visual = visual == null ? List.of() : List.copyOf(visual);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Check(String item, String expected, String actual, boolean passed, String difference) {
        /** The item as an HTML id part: {@code partition:system} is {@code partition-system}. */
        public String anchor() {
            return item == null ? "" : item.replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VisualCheck(String id, String label) {
    }

    /** The automated checks that failed, each as factory-adapter words the difference. */
    public List<Check> failed() {
        return automated.stream().filter(check -> !check.passed()).toList();
    }

    /** Still waiting for the operator's pass or fail. */
    public boolean open() {
        return "QA_PENDING".equals(status);
    }
}
