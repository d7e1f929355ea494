package com.phonesmith.configurator.configuration;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.pricing.PriceBreakdown;
import com.phonesmith.configurator.rules.FeatureModel;
import com.phonesmith.configurator.rules.Propagation;
import com.phonesmith.configurator.rules.Reason;
import com.phonesmith.configurator.rules.Selection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What POST /api/configurations/evaluate answers: every option with its status and, where the rules decided
 * it, why and how to change that; every colour and storage size; the conflict of the decisions if they cannot
 * all hold; otherwise the configuration as it would be built and its price.
 */
public record ConfigurationAnswer(String maker, String model, String modelName, String colour, Integer storageGb, boolean consistent,
        List<OptionAnswer> options, List<ValueAnswer> colours, List<ValueAnswer> storages, ConflictAnswer conflict,
        Built configuration, PriceBreakdown price) {

    /** An option: status CHOSEN, REMOVED, INCLUDED, EXCLUDED, OPEN or UNKNOWN; inConfiguration if it is built in. */
    public record OptionAnswer(String code, String name, String description, String kind, String group,
            String groupKind, long priceMinor, int installMb, boolean byDefault, String status, boolean inConfiguration,
            List<ReasonAnswer> because, String why, List<FixAnswer> fixes) {
    }

    public record ValueAnswer(String value, boolean chosen, boolean possible, String why, List<FixAnswer> fixes) {
    }

    public record ConflictAnswer(List<ReasonAnswer> because, String why, List<FixAnswer> fixes) {
    }

    /** One part of a minimal conflict: a decision (chose, removed, colour, storage) or a rule, by kind. */
    public record ReasonAnswer(String kind, String option, String other, String value) {
    }

    /** A fix: what to tell the shopper, and the selection after it (to send back as the next request). */
    public record FixAnswer(String label, SelectionAnswer selection) {
    }

    public record SelectionAnswer(String colour, Integer storageGb, List<String> chosen, List<String> removed) {
        static SelectionAnswer of(Selection selection) {
            return new SelectionAnswer(selection.colour(), selection.storageGb(),
                    selection.decisions().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                            .toList(),
                    selection.decisions().entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                            .toList());
        }
    }

    /** The configuration as it would be built now, on the variant the decisions lead to (the cheapest if open). */
    public record Built(String colour, int storageGb, int ramGb, List<String> features, List<String> apps,
            long installMb, long freeMb) {
    }

    static ConfigurationAnswer of(Catalog catalog, Catalog.Model model, ConfigurationRequest request,
            Propagation propagation, PriceBreakdown price) {
        Lookup lookup = Lookup.of(catalog);
        List<OptionAnswer> options = propagation.options().stream().map(state -> {
            FeatureModel.Option option = lookup.option(state.code());
            FeatureModel.Group group = lookup.groupOf.get(state.code());
            String description = lookup.catalogOption(state.code()).map(Catalog.Option::description).orElse("");
            return new OptionAnswer(option.code(), option.name(), description,
                    option.kind().name().toLowerCase(), group == null ? null : group.code(),
                    group == null ? null : group.kind().name(), option.priceMinor(), option.installMb(),
                    option.byDefault(), state.status().name(), state.inCompletion(), reasons(state.because()), state.why(),
                    fixes(state.fixes()));
        }).toList();
        ConflictAnswer conflict = propagation.conflict().map(c -> new ConflictAnswer(reasons(c.because()), c.why(),
                fixes(c.fixes()))).orElse(null);
        Built built = propagation.completion().map(c -> new Built(c.variant().colour(), c.variant().storageGb(),
                c.variant().ramGb(), ofKind(catalog, c.options(), FeatureModel.Kind.FEATURE),
                ofKind(catalog, c.options(), FeatureModel.Kind.APP), c.installMb(), c.freeMb())).orElse(null);
        return new ConfigurationAnswer(model.maker(), model.code(), model.name(), request.colour(), request.storageGb(),
                propagation.consistent(), options, values(propagation.colours()), values(propagation.storages()),
                conflict, built, price);
    }

    /** The codes of one kind (features or apps) among these, sorted. */
    static List<String> ofKind(Catalog catalog, List<String> codes, FeatureModel.Kind kind) {
        Lookup lookup = Lookup.of(catalog);
        return codes.stream().filter(code -> lookup.option(code).kind() == kind).sorted().toList();
    }

    /**
     * A catalog's options by code (the feature model's and the catalog's) and each option's group, made once per
     * catalog (the last one asked about is kept): an answer looks up every option of the catalog.
     */
    private static final class Lookup {
        private static volatile Lookup last;

        private final Catalog catalog;
        private final Map<String, FeatureModel.Option> options = new HashMap<>();
        private final Map<String, Catalog.Option> catalogOptions = new HashMap<>();
        private final Map<String, FeatureModel.Group> groupOf = new HashMap<>();

        private Lookup(Catalog catalog) {
            this.catalog = catalog;
            catalog.featureModel().options().forEach(o -> options.putIfAbsent(o.code(), o));
            catalog.features().forEach(o -> catalogOptions.putIfAbsent(o.code(), o));
            catalog.apps().forEach(o -> catalogOptions.putIfAbsent(o.code(), o));
            catalog.featureModel().groups().forEach(g -> g.members().forEach(m -> groupOf.put(m, g)));
        }

        static Lookup of(Catalog catalog) {
            Lookup known = last;
            if (known == null || known.catalog != catalog) {
                known = new Lookup(catalog);
                last = known;
            }
            return known;
        }

        FeatureModel.Option option(String code) {
            return java.util.Optional.ofNullable(options.get(code)).orElseThrow();
        }

        /** A feature, or else an app, of this code (as {@link Catalog#option} finds it). */
        java.util.Optional<Catalog.Option> catalogOption(String code) {
            return java.util.Optional.ofNullable(catalogOptions.get(code));
        }
    }

    private static List<ValueAnswer> values(List<Propagation.ValueState> states) {
        return states.stream().map(v -> new ValueAnswer(v.value(), v.chosen(), v.possible(), v.why(),
                fixes(v.fixes()))).toList();
    }

    private static List<FixAnswer> fixes(List<Propagation.Fix> fixes) {
        return fixes.stream().map(f -> new FixAnswer(f.label(), SelectionAnswer.of(f.result()))).toList();
    }

    private static List<ReasonAnswer> reasons(List<Reason> because) {
        return because.stream().map(ConfigurationAnswer::reason).toList();
    }

    private static ReasonAnswer reason(Reason reason) {
        if (reason instanceof Reason.Chose r) {
            return new ReasonAnswer("chose", r.option(), null, null);
        } else if (reason instanceof Reason.Removed r) {
            return new ReasonAnswer("removed", r.option(), null, null);
        } else if (reason instanceof Reason.ChoseColour r) {
            return new ReasonAnswer("colour", null, null, r.colour());
        } else if (reason instanceof Reason.ChoseStorage r) {
            return new ReasonAnswer("storage", null, null, String.valueOf(r.storageGb()));
        } else if (reason instanceof Reason.Needs r) {
            return new ReasonAnswer("requires", r.option(), r.other(), null);
        } else if (reason instanceof Reason.Excludes r) {
            return new ReasonAnswer("excludes", r.option(), r.other(), null);
        } else if (reason instanceof Reason.InGroup r) {
            return new ReasonAnswer("group", r.group().parent(), null, r.group().code());
        } else if (reason instanceof Reason.NeedsRam r) {
            return new ReasonAnswer("ram", r.option(), null, String.valueOf(r.ramGb()));
        }
        return new ReasonAnswer("storage-space", null, null, null);
    }
}
