package com.phonesmith.bench;

import com.phonesmith.configurator.rules.FeatureModel;
import com.phonesmith.configurator.rules.HandsetVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated feature model of the size the configurator must stay fast on (2,000 options, 5,000 cross-tree
 * rules, a few hundred groups of every kind, install sizes and RAM needs), built around a planted configuration
 * so that it is consistent. The same seed gives the same model.
 */
final class LargeFeatureModel {
    static final List<HandsetVariant> VARIANTS = List.of(new HandsetVariant("black", 64, 4),
            new HandsetVariant("black", 128, 8), new HandsetVariant("black", 256, 12),
            new HandsetVariant("white", 128, 8), new HandsetVariant("white", 256, 12));

    final FeatureModel model;
    /** One configuration the model allows, on the largest variant. */
    final boolean[] planted;

    private LargeFeatureModel(FeatureModel model, boolean[] planted) {
        this.model = model;
        this.planted = planted;
    }

    static LargeFeatureModel generate(int optionCount, int ruleCount, long seed) {
        Random random = new Random(seed);
        boolean[] in = new boolean[optionCount];
        boolean[] decided = new boolean[optionCount];
        List<FeatureModel.Group> groups = new ArrayList<>();
        List<FeatureModel.Option> options = new ArrayList<>();
        for (int i = 0; i < optionCount; i++) {
            int size = random.nextInt(10) == 0 ? 200 + random.nextInt(800) : random.nextInt(30);
            int ram = random.nextInt(50) == 0 ? 8 + 4 * random.nextInt(2) : 0;
            options.add(new FeatureModel.Option(code(i), "Option " + i, i % 2 == 0 ? FeatureModel.Kind.FEATURE
                    : FeatureModel.Kind.APP, random.nextInt(4) == 0 ? 100 * random.nextInt(20) : 0, size, ram,
                    random.nextInt(20) == 0));
        }
        // groups of 3 to 6 consecutive options, each under an earlier option or at the top
        int next = 20;
        while (next + 6 < optionCount && groups.size() < optionCount / 8) {
            int members = 3 + random.nextInt(4);
            Integer parent = random.nextInt(3) == 0 ? null : random.nextInt(next);
            FeatureModel.GroupKind kind = FeatureModel.GroupKind.values()[random.nextInt(4)];
            if (parent == null && kind == FeatureModel.GroupKind.ALL) {
                kind = FeatureModel.GroupKind.ANY;
            }
            List<String> codes = new ArrayList<>();
            for (int m = next; m < next + members; m++) {
                codes.add(code(m));
            }
            groups.add(new FeatureModel.Group("g" + groups.size(), "Group " + groups.size(), kind,
                    parent == null ? null : code(parent), codes));
            next += members + random.nextInt(8);
        }
        // the planted configuration, parents first: options outside groups at random, groups by their kind
        for (FeatureModel.Group group : groups) {
            for (String member : group.members()) {
                decided[index(member)] = true;
            }
        }
        for (int i = 0; i < optionCount; i++) {
            if (!decided[i]) {
                in[i] = random.nextInt(3) == 0 && options.get(i).minRamGb() <= 12;
            }
            for (FeatureModel.Group group : groups) {
                if (!group.members().isEmpty() && index(group.members().get(0)) == i) {
                    plant(group, in, random);
                }
            }
        }
        List<FeatureModel.Rule> rules = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (rules.size() < ruleCount) {
            int a = random.nextInt(optionCount);
            int b = random.nextInt(optionCount);
            boolean requires = random.nextBoolean();
            boolean holds = requires ? !in[a] || in[b] : !(in[a] && in[b]);
            if (a == b || !holds) {
                continue;
            }
            FeatureModel.RuleKind kind = requires ? FeatureModel.RuleKind.REQUIRES : FeatureModel.RuleKind.EXCLUDES;
            if (seen.add(kind + code(a) + ":" + code(b))) {
                rules.add(new FeatureModel.Rule(kind, code(a), code(b)));
            }
        }
        long total = 0;
        for (int i = 0; i < optionCount; i++) {
            total += in[i] ? options.get(i).installMb() : 0;
        }
        int reserve = (int) Math.max(0, Math.min(12 * 1024, 256L * 1024 - total - 1024));
        return new LargeFeatureModel(new FeatureModel(options, groups, rules, reserve), in);
    }

    private static void plant(FeatureModel.Group group, boolean[] in, Random random) {
        boolean parentIn = group.parent() == null || in[index(group.parent())];
        List<String> members = group.members();
        for (String member : members) {
            in[index(member)] = false;
        }
        if (!parentIn) {
            return;
        }
        switch (group.kind()) {
            case ALL -> members.forEach(m -> in[index(m)] = true);
            case EXACTLY_ONE -> in[index(members.get(random.nextInt(members.size())))] = true;
            case AT_LEAST_ONE -> {
                in[index(members.get(random.nextInt(members.size())))] = true;
                members.forEach(m -> in[index(m)] |= random.nextInt(3) == 0);
            }
            case ANY -> members.forEach(m -> in[index(m)] = random.nextInt(3) == 0);
        }
    }

    static String code(int i) {
        return "o" + i;
    }

    static int index(String code) {
        return Integer.parseInt(code.substring(1));
    }
}
