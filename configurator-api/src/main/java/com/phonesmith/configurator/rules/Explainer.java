package com.phonesmith.configurator.rules;

import com.phonesmith.configurator.rules.Propagation.Completion;
import com.phonesmith.configurator.rules.Propagation.Fix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a minimal conflict into sentences a shopper understands: one clause per rule in the conflict, said
 * from the side of the option being explained, then the fixes ("Choose 128 GB, or remove Games Pack."). The
 * words come from the kind of rule and the catalog's names, never from a text written per pair of options.
 */
final class Explainer {
    private final FeatureModel features;
    private final Map<String, FeatureModel.Option> byCode = new HashMap<>();

    Explainer(FeatureModel features) {
        this.features = features;
        features.options().forEach(o -> byCode.putIfAbsent(o.code(), o));
    }

    String name(String code) {
        FeatureModel.Option option = byCode.get(code);
        return option == null ? code : option.name();
    }

    String included(FeatureModel.Option option, List<Reason> because) {
        List<String> clauses = clauses(because, option, null);
        if (clauses.isEmpty()) {
            return "Included.";
        }
        return "Included because " + String.join("; ", clauses) + ".";
    }

    String excluded(FeatureModel.Option option, List<Reason> because, Completion built, List<Fix> fixes) {
        List<String> clauses = clauses(because, option, built);
        String why = clauses.isEmpty() ? name(option.code()) + " cannot be added" : String.join("; ", clauses);
        return sentence(why) + fixSentence(fixes);
    }

    String conflict(List<Reason> because, List<Fix> fixes) {
        List<String> clauses = clauses(because, null, null);
        String why = clauses.isEmpty() ? "These choices cannot be combined" : String.join("; ", clauses);
        return sentence(why) + (fixes == null ? "" : fixSentence(fixes));
    }

    private List<String> clauses(List<Reason> because, FeatureModel.Option subject, Completion built) {
        List<String> clauses = new ArrayList<>();
        String variantChoice = variantChoice(because);
        boolean storage = because.stream().anyMatch(r -> r instanceof Reason.FitsStorage);
        if (storage) {
            clauses.add(storageClause(because, subject, built));
        }
        for (Reason reason : because) {
            if (storage && reason instanceof Reason.InGroup group
                    && (subject == null || !group.group().members().contains(subject.code()))) {
                continue; // the group only says what else must be installed; the storage clause counts it
            }
            if (reason instanceof Reason.Needs needs) {
                clauses.add(name(needs.option()) + " needs " + name(needs.other()));
            } else if (reason instanceof Reason.Excludes excludes) {
                boolean flip = subject != null && subject.code().equals(excludes.other());
                clauses.add(name(flip ? excludes.other() : excludes.option()) + " cannot be combined with "
                        + name(flip ? excludes.option() : excludes.other()));
            } else if (reason instanceof Reason.InGroup group) {
                clauses.add(groupClause(group.group()));
            } else if (reason instanceof Reason.NeedsRam ram) {
                clauses.add(name(ram.option()) + " needs " + ram.ramGb() + " GB of RAM"
                        + (variantChoice.isEmpty() ? "" : ", which the " + variantChoice + " version does not have"));
            }
        }
        return clauses;
    }

    private String storageClause(List<Reason> because, FeatureModel.Option subject, Completion built) {
        if (subject != null && built != null && subject.installMb() > 0) {
            long left = Math.max(0, built.freeMb() - built.installMb());
            return name(subject.code()) + " needs " + size(subject.installMb()) + " free; with "
                    + built.variant().storageGb() + " GB storage and the apps you chose, " + size(left)
                    + (left == 1024 ? " is" : " are") + " left";
        }
        long together = 0;
        List<String> names = new ArrayList<>();
        for (Reason reason : because) {
            if (reason instanceof Reason.Chose chose) {
                FeatureModel.Option option = java.util.Optional.ofNullable(byCode.get(chose.option())).orElseThrow();
                if (option.installMb() > 0) {
                    together += option.installMb();
                    names.add(option.name());
                }
            }
        }
        String storage = because.stream().filter(r -> r instanceof Reason.ChoseStorage)
                .map(r -> ((Reason.ChoseStorage) r).storageGb() + " GB storage").findFirst().orElse("the storage");
        String free = because.stream().filter(r -> r instanceof Reason.ChoseStorage)
                .map(r -> " (" + size(((Reason.ChoseStorage) r).storageGb() * 1024L - features.systemReserveMb())
                        + " beside the system)").findFirst().orElse("");
        return (names.isEmpty() ? "the apps you chose" : list(names, "and")) + " need " + size(together)
                + " together, more than " + storage + " leaves" + free;
    }

    private String groupClause(FeatureModel.Group group) {
        List<String> members = group.members().stream().map(this::name).toList();
        String parent = group.parent() == null ? null : name(group.parent());
        return switch (group.kind()) {
            case EXACTLY_ONE -> "only one " + group.name().toLowerCase(Locale.ROOT) + " can be chosen ("
                    + list(members, "or") + ")" + (parent == null ? "" : " with " + parent);
            case AT_LEAST_ONE -> (parent == null ? "every phone" : parent) + " needs at least one of "
                    + list(members, "or");
            case ALL -> list(members, "and") + (members.size() == 1 ? " comes" : " come") + " with "
                    + (parent == null ? "every phone" : parent);
            case ANY -> list(members, "and") + " can only be chosen with " + parent;
        };
    }

    private static String variantChoice(List<Reason> because) {
        List<String> parts = new ArrayList<>();
        for (Reason reason : because) {
            if (reason instanceof Reason.ChoseStorage storage) {
                parts.add(storage.storageGb() + " GB");
            } else if (reason instanceof Reason.ChoseColour colour) {
                parts.add(colour.colour());
            }
        }
        return String.join(" ", parts);
    }

    private static String fixSentence(List<Fix> fixes) {
        if (fixes.isEmpty()) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < fixes.size(); i++) {
            labels.add(i == 0 ? fixes.get(i).label() : uncapitalised(fixes.get(i).label()));
        }
        return " " + String.join(", or ", labels) + ".";
    }

    static String size(long mb) {
        if (mb < 1024) {
            return mb + " MB";
        }
        if (mb % 1024 == 0) {
            return mb / 1024 + " GB";
        }
        return String.format(Locale.ROOT, "%.1f GB", mb / 1024.0);
    }

    private static String list(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    private static String sentence(String text) {
        return capitalised(text) + ".";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String uncapitalised(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
