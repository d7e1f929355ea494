package com.phonesmith.configurator.rules;

import com.phonesmith.configurator.rules.Condition.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A feature model and a handset's variants compiled once, immutable and shared by every thread: each rule as a
 * {@link Condition} in the order the engine has always posted them (groups, then cross-tree rules, then RAM, then
 * storage), each possible decision and each possible "option in/out" question as a condition made in advance, and
 * the numbers the conditions are checked against.
 */
final class CompiledRules {
    /** Variants are sets of bits of a long in the engine's own reasoning; beyond that only Choco answers. */
    static final int MOST_VARIANTS_REASONED = 63;

    final FeatureModel features;
    final List<HandsetVariant> variants;
    final int optionCount;
    /** Options parents first, then in model order: the order a configuration's defaults are applied in. */
    final int[] decisionOrder;
    /** Options in model order. */
    final int[] modelOrder;
    final List<Condition> rules;
    final int conditionCount;
    /** Whether the variants fit in {@link #MOST_VARIANTS_REASONED} bits. */
    final boolean reasoned;
    private final Map<String, Integer> indexByCode;
    private final int[] installMb;
    private final int[] freeMb;
    private final int[] ramGb;
    private final Condition[] chose;
    private final Condition[] removed;
    private final Condition[] extraIn;
    private final Condition[] extraOut;
    private final Map<String, Condition> colours = new HashMap<>();
    private final Map<Integer, Condition> storages = new HashMap<>();
    /** For each option, the ids of the rules naming it (but storage, which follows the storage used). */
    final int[][] watchers;
    /** Ids of the rules that follow the variant (RAM, storage). */
    final int[] variantWatchers;
    /** The options with an install size, largest first. */
    final int[] sizedLargestFirst;
    final Condition storage;
    final long allVariants;

    CompiledRules(FeatureModel features, List<HandsetVariant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a handset without variants cannot be configured");
        }
        this.features = features;
        this.variants = List.copyOf(variants);
        this.optionCount = features.options().size();
        this.indexByCode = features.indexByCode();
        this.reasoned = variants.size() <= MOST_VARIANTS_REASONED;
        this.allVariants = reasoned ? (1L << variants.size()) - 1 : 0;
        int[] depths = features.depths();
        this.decisionOrder = IntStream.range(0, optionCount).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> depths[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.modelOrder = IntStream.range(0, optionCount).toArray();
        this.installMb = features.options().stream().mapToInt(FeatureModel.Option::installMb).toArray();
        this.freeMb = variants.stream().mapToInt(this::freeMb).toArray();
        this.ramGb = variants.stream().mapToInt(HandsetVariant::ramGb).toArray();
        List<Condition> compiled = new ArrayList<>();
        features.groups().forEach(group -> compileGroup(group, compiled));
        for (FeatureModel.Rule rule : features.rules()) {
            int option = index(rule.option());
            int other = index(rule.other());
            compiled.add(rule.kind() == FeatureModel.RuleKind.REQUIRES
                    ? new Condition(compiled.size(), Kind.IMPLIES, option, other, 0, null, 0,
                            new Reason.Needs(rule.option(), rule.other()), new int[] {option, other})
                    : new Condition(compiled.size(), Kind.EXCLUDES, option, other, 0, null, 0,
                            new Reason.Excludes(rule.option(), rule.other()), new int[] {option, other}));
        }
        for (int i = 0; i < optionCount; i++) {
            FeatureModel.Option option = features.options().get(i);
            if (option.minRamGb() > 0) {
                long enough = variantsWhere(v -> v.ramGb() >= option.minRamGb());
                compiled.add(new Condition(compiled.size(), Kind.RAM, i, -1, 0, null, enough,
                        new Reason.NeedsRam(option.code(), option.minRamGb()), new int[] {i}));
            }
        }
        int[] sized = IntStream.range(0, optionCount).filter(i -> installMb[i] > 0).toArray();
        this.storage = sized.length == 0 ? null
                : new Condition(compiled.size(), Kind.STORAGE, -1, -1, 0, sized, 0, new Reason.FitsStorage(), sized);
        if (storage != null) {
            compiled.add(storage);
        }
        this.rules = List.copyOf(compiled);
        int next = rules.size();
        this.chose = new Condition[optionCount];
        this.removed = new Condition[optionCount];
        this.extraIn = new Condition[optionCount];
        this.extraOut = new Condition[optionCount];
        for (int i = 0; i < optionCount; i++) {
            String code = features.options().get(i).code();
            int[] scope = {i};
            chose[i] = new Condition(next++, Kind.IS, i, -1, 1, null, 0, new Reason.Chose(code), scope);
            removed[i] = new Condition(next++, Kind.IS, i, -1, 0, null, 0, new Reason.Removed(code), scope);
            extraIn[i] = new Condition(next++, Kind.IS, i, -1, 1, null, 0, null, scope);
            extraOut[i] = new Condition(next++, Kind.IS, i, -1, 0, null, 0, null, scope);
        }
        for (HandsetVariant variant : variants) {
            if (!colours.containsKey(variant.colour())) {
                colours.put(variant.colour(), new Condition(next++, Kind.VARIANT_IN, -1, -1, 0, null,
                        variantsWhere(v -> v.colour().equals(variant.colour())),
                        new Reason.ChoseColour(variant.colour()), new int[0]));
            }
            if (!storages.containsKey(variant.storageGb())) {
                storages.put(variant.storageGb(), new Condition(next++, Kind.VARIANT_IN, -1, -1, 0, null,
                        variantsWhere(v -> v.storageGb() == variant.storageGb()),
                        new Reason.ChoseStorage(variant.storageGb()), new int[0]));
            }
        }
        this.conditionCount = next;
        this.watchers = watchers(rules, optionCount);
        this.variantWatchers = rules.stream().filter(c -> c.kind == Kind.RAM || c.kind == Kind.STORAGE)
                .mapToInt(c -> c.id).toArray();
        this.sizedLargestFirst = Arrays.stream(sized).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -installMb[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    private void compileGroup(FeatureModel.Group group, List<Condition> compiled) {
        Reason reason = new Reason.InGroup(group);
        int[] members = group.members().stream().mapToInt(this::index).toArray();
        int parent = group.parent() == null ? -1 : index(group.parent());
        int[] withParent = parent < 0 ? members : IntStream.concat(IntStream.of(members), IntStream.of(parent))
                .toArray();
        switch (group.kind()) {
            case ALL -> {
                for (int member : members) {
                    compiled.add(parent < 0
                            ? new Condition(compiled.size(), Kind.IS, member, -1, 1, null, 0, reason,
                                    new int[] {member})
                            : new Condition(compiled.size(), Kind.EQUALS, member, parent, 0, null, 0, reason,
                                    new int[] {member, parent}));
                }
            }
            case EXACTLY_ONE -> compiled.add(new Condition(compiled.size(), Kind.SUM_EQ, parent, -1, 0, members, 0,
                    reason, withParent));
            case AT_LEAST_ONE, ANY -> {
                if (group.kind() == FeatureModel.GroupKind.AT_LEAST_ONE) {
                    compiled.add(new Condition(compiled.size(), Kind.SUM_GE, parent, -1, 0, members, 0, reason,
                            withParent));
                }
                if (parent >= 0) {
                    for (int member : members) {
                        compiled.add(new Condition(compiled.size(), Kind.IMPLIES, member, parent, 0, null, 0, reason,
                                new int[] {member, parent}));
                    }
                }
            }
        }
    }

    private static int[][] watchers(List<Condition> rules, int optionCount) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < optionCount; i++) {
            lists.add(new ArrayList<>());
        }
        for (Condition c : rules) {
            if (c.kind != Kind.STORAGE) {
                for (int option : c.scope) {
                    lists.get(option).add(c.id);
                }
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    int index(String code) {
        Integer index = indexByCode.get(code);
        if (index == null) {
            throw new IllegalArgumentException("no option " + code + " in the feature model");
        }
        return index;
    }

    /**
     * The decisions of a selection as conditions, in the order they have always been posted: colour, storage, then
     * the options in the order decided. Refuses a colour, storage or option the handset does not have.
     */
    List<Condition> decisions(Selection selection) {
        List<Condition> decided = new ArrayList<>();
        if (selection.colour() != null) {
            Condition colour = colours.get(selection.colour());
            if (colour == null) {
                throw new IllegalArgumentException("the handset is not offered with colour " + selection.colour());
            }
            decided.add(colour);
        }
        if (selection.storageGb() != null) {
            Condition size = storages.get(selection.storageGb());
            if (size == null) {
                throw new IllegalArgumentException("the handset is not offered with storage " + selection.storageGb());
            }
            decided.add(size);
        }
        selection.decisions().forEach((code, value) -> decided.add(value ? chose[index(code)] : removed[index(code)]));
        return decided;
    }

    /** The extra condition of a question: this option in (true) or out. */
    Condition optionIs(int option, boolean value) {
        return value ? extraIn[option] : extraOut[option];
    }

    int installMb(int option) {
        return installMb[option];
    }

    long installedMb(boolean[] in) {
        long total = 0;
        for (int i = 0; i < in.length; i++) {
            total += in[i] ? installMb[i] : 0;
        }
        return total;
    }

    int freeMb(int variant) {
        return freeMb[variant];
    }

    int freeMb(HandsetVariant v) {
        return v.storageGb() * 1024 - features.systemReserveMb();
    }

    int ramGb(int variant) {
        return ramGb[variant];
    }

    /** The largest free storage among these variants (a set of bits), or Long.MIN_VALUE for none. */
    long mostFreeMb(long among) {
        long most = Long.MIN_VALUE;
        for (long rest = among; rest != 0; rest &= rest - 1) {
            most = Math.max(most, freeMb[Long.numberOfTrailingZeros(rest)]);
        }
        return most;
    }

    /** The variants, among these, that leave at least this much free storage. */
    long variantsWithFree(long among, long atLeastMb) {
        long kept = 0;
        for (long rest = among; rest != 0; rest &= rest - 1) {
            int v = Long.numberOfTrailingZeros(rest);
            if (freeMb[v] >= atLeastMb) {
                kept |= 1L << v;
            }
        }
        return kept;
    }

    private long variantsWhere(java.util.function.Predicate<HandsetVariant> test) {
        if (!reasoned) {
            return 0;
        }
        long mask = 0;
        for (int v = 0; v < variants.size(); v++) {
            if (test.test(variants.get(v))) {
                mask |= 1L << v;
            }
        }
        return mask;
    }
}
