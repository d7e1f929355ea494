package com.phonesmith.configurator.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random feature models and selections for property tests: a few to a few tens of options with sizes (some too big
 * for the small variant), RAM needs and defaults; groups of every kind at the top or under an earlier option; random
 * requires and excludes rules, so that some models contradict themselves and many selections conflict; handsets of
 * one to six variants. The same seed gives the same model.
 */
final class RandomFeatureModels {
    private RandomFeatureModels() {
    }

    record Case(FeatureModel model, List<HandsetVariant> variants) {
    }

    static Case generate(long seed, int maxOptions) {
        Random random = new Random(seed);
        int count = 3 + random.nextInt(maxOptions - 2);
        List<FeatureModel.Option> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int size = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> 20 * 1024 + random.nextInt(40 * 1024);
                default -> random.nextInt(3000);
            };
            int ram = random.nextInt(6) == 0 ? 6 + 2 * random.nextInt(4) : 0;
            options.add(new FeatureModel.Option("o" + i, "Option " + i, random.nextBoolean() ? FeatureModel.Kind.FEATURE
                    : FeatureModel.Kind.APP, 100L * random.nextInt(10), size, ram, random.nextInt(4) == 0));
        }
        List<FeatureModel.Group> groups = new ArrayList<>();
        int next = 1 + random.nextInt(Math.max(1, count / 3));
        while (next + 1 < count && random.nextInt(4) != 0) {
            int members = Math.min(count - next, 1 + random.nextInt(4));
            Integer parent = random.nextInt(3) == 0 ? null : random.nextInt(next);
            FeatureModel.GroupKind kind = FeatureModel.GroupKind.values()[random.nextInt(4)];
            List<String> codes = new ArrayList<>();
            for (int m = next; m < next + members; m++) {
                codes.add("o" + m);
            }
            groups.add(new FeatureModel.Group("g" + groups.size(), "Group " + groups.size(), kind,
                    parent == null ? null : "o" + parent, codes));
            next += members + random.nextInt(3);
        }
        List<FeatureModel.Rule> rules = new ArrayList<>();
        for (int r = random.nextInt(count + 2); r > 0; r--) {
            int a = random.nextInt(count);
            int b = random.nextInt(count);
            if (a != b) {
                rules.add(new FeatureModel.Rule(random.nextInt(3) == 0 ? FeatureModel.RuleKind.EXCLUDES
                        : FeatureModel.RuleKind.REQUIRES, "o" + a, "o" + b));
            }
        }
        List<HandsetVariant> variants = new ArrayList<>();
        List<String> colours = List.of("coral", "ink", "sand").subList(0, 1 + random.nextInt(3));
        int[] storages = random.nextBoolean() ? new int[] {64, 128} : new int[] {64, 128, 256};
        for (String colour : colours) {
            for (int storage : storages) {
                if (variants.isEmpty() || random.nextInt(4) != 0) {
                    variants.add(new HandsetVariant(colour, storage, storage <= 64 ? 4 + 2 * random.nextInt(2)
                            : 8 + 4 * random.nextInt(2)));
                }
            }
        }
        return new Case(new FeatureModel(options, groups, rules, 12 * 1024), variants);
    }

    /** A random partial configuration of the case: maybe a colour and a storage size, up to five decisions. */
    static Selection selection(Case c, Random random) {
        String colour = random.nextInt(3) == 0
                ? c.variants().get(random.nextInt(c.variants().size())).colour() : null;
        Integer storage = random.nextInt(3) == 0
                ? c.variants().get(random.nextInt(c.variants().size())).storageGb() : null;
        Map<String, Boolean> decisions = new LinkedHashMap<>();
        for (int k = random.nextInt(6); k > 0; k--) {
            decisions.put(c.model().options().get(random.nextInt(c.model().options().size())).code(),
                    random.nextInt(3) != 0);
        }
        return new Selection(colour, storage, decisions);
    }
}
