package com.phonesmith.configurator.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OS features and apps a shopper can choose, as a feature model: each option with its price, install size
 * and the RAM it needs; groups of options (all of them, any, exactly one, at least one), each under a parent
 * option or at the top; and cross-tree rules (one option requires or excludes another). The variants of a
 * handset bring the numbers the options are checked against: storage and RAM. Codes are unique across features
 * and apps; every group and rule names options of the model, or the model is refused here with the reason.
 */
public record FeatureModel(List<Option> options, List<Group> groups, List<Rule> rules, int systemReserveMb) {

    public FeatureModel {
        options = List.copyOf(options);
        groups = List.copyOf(groups);
        rules = List.copyOf(rules);
        if (systemReserveMb < 0) {
            throw new InvalidFeatureModelException("the system reserve cannot be negative");
        }
        Set<String> codes = new HashSet<>();
        for (Option option : options) {
            if (!codes.add(option.code())) {
                throw new InvalidFeatureModelException("option " + option.code() + " is defined twice");
            }
        }
        Set<String> grouped = new HashSet<>();
        for (Group group : groups) {
            if (group.parent() != null && !codes.contains(group.parent())) {
                throw new InvalidFeatureModelException("group " + group.code() + " hangs under the unknown option "
                        + group.parent());
            }
            if (group.members().isEmpty()) {
                throw new InvalidFeatureModelException("group " + group.code() + " has no options");
            }
            for (String member : group.members()) {
                if (!codes.contains(member)) {
                    throw new InvalidFeatureModelException("group " + group.code() + " names the unknown option "
                            + member);
                }
                if (!grouped.add(member)) {
                    throw new InvalidFeatureModelException("option " + member + " is in more than one group");
                }
                if (member.equals(group.parent())) {
                    throw new InvalidFeatureModelException("option " + member + " is in the group under itself");
                }
            }
        }
        for (Rule rule : rules) {
            for (String code : List.of(rule.option(), rule.other())) {
                if (!codes.contains(code)) {
                    throw new InvalidFeatureModelException("a rule " + rule.describe() + " names the unknown option "
                            + code);
                }
            }
            if (rule.option().equals(rule.other())) {
                throw new InvalidFeatureModelException("a rule " + rule.describe() + " names one option twice");
            }
        }
    }

    public Optional<Option> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The index of each option's code in {@link #options()}. */
    public Map<String, Integer> indexByCode() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            index.put(options.get(i).code(), i);
        }
        return index;
    }

    /**
     * How deep each option sits in the feature tree: 0 outside any group or in a group at the top, one more than
     * its group's parent otherwise. Options are decided parents first, so that a default child never pulls in a
     * parent the shopper did not choose.
     */
    public int[] depths() {
        Map<String, String> parentOf = new HashMap<>();
        groups.forEach(g -> g.members().forEach(m -> {
            if (g.parent() != null) {
                parentOf.put(m, g.parent());
            }
        }));
        int[] depths = new int[options.size()];
        for (int i = 0; i < options.size(); i++) {
            String at = options.get(i).code();
            int depth = 0;
            while (parentOf.containsKey(at) && depth <= options.size()) {
                at = parentOf.get(at);
                depth++;
            }
            if (depth > options.size()) {
                throw new InvalidFeatureModelException("the groups of " + options.get(i).code() + " form a cycle");
            }
            depths[i] = depth;
        }
        return depths;
    }

    /** The options of one kind, in model order. */
    public List<Option> optionsOf(Kind kind) {
        List<Option> found = new ArrayList<>();
        options.forEach(o -> {
            if (o.kind() == kind) {
                found.add(o);
            }
        });
        return found;
    }

    public enum Kind {
        FEATURE, APP
    }

    /**
     * An option: installMb is what it takes of the storage, minRamGb the RAM it needs (0 for none); a default
     * option is part of a configuration the shopper has not decided otherwise.
     */
    public record Option(String code, String name, Kind kind, long priceMinor, int installMb, int minRamGb,
            boolean byDefault) {
        public Option {
            if (installMb < 0 || minRamGb < 0 || priceMinor < 0) {
                throw new InvalidFeatureModelException("option " + code + " has a negative size, RAM or price");
            }
        }
    }

    public enum GroupKind {
        /** every member is part of every configuration (where the parent is) */
        ALL,
        /** any of the members, or none */
        ANY,
        /** exactly one member */
        EXACTLY_ONE,
        /** one member or more */
        AT_LEAST_ONE
    }

    /** A group of options; with a parent, the group applies only where the parent is chosen, and needs it. */
    public record Group(String code, String name, GroupKind kind, String parent, List<String> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    public enum RuleKind {
        REQUIRES, EXCLUDES
    }

    public record Rule(RuleKind kind, String option, String other) {
        String describe() {
            return option + " " + kind.name().toLowerCase() + " " + other;
        }
    }
}
