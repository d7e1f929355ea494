package com.phonesmith.web.backend;

import java.util.List;

/** configurator-api's answer to {@code POST /api/configurations/evaluate}, as far as web shows it. */
public record Configuration(String maker, String model, String modelName, String colour, Integer storageGb,
        boolean consistent, List<Option> options, List<Value> colours, List<Value> storages, Conflict conflict,
        Built configuration, Price price) {

    /** status: CHOSEN, REMOVED, INCLUDED, EXCLUDED, OPEN or UNKNOWN; kind: feature or app. */
    public record Option(String code, String name, String description, String kind, String group, String groupKind,
            long priceMinor, int installMb, boolean byDefault, String status, boolean inConfiguration, String why,
            List<Fix> fixes) {
    }

    public record Value(String value, boolean chosen, boolean possible, String why, List<Fix> fixes) {
    }

    public record Conflict(String why, List<Fix> fixes) {
    }

    public record Fix(String label, Selection selection) {
    }

    public record Selection(String colour, Integer storageGb, List<String> chosen, List<String> removed) {
    }

    public record Built(String colour, int storageGb, int ramGb, List<String> features, List<String> apps,
            long installMb, long freeMb) {
    }

    public record Price(List<Line> lines, long totalMinor, long taxMinor, int taxPercent, String currency) {
    }

    public record Line(String kind, String code, String name, long amountMinor) {
    }
}
