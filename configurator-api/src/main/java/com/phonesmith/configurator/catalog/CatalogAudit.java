package com.phonesmith.configurator.catalog;

import com.phonesmith.configurator.rules.FeatureModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes a catalog unsellable, in words: rules that contradict each other for a model, or an option that no
 * configuration of any model can contain. (An option only some models cannot hold, such as one needing more RAM
 * than a model has, is fine.) Empty for a sound catalog.
 */
public final class CatalogAudit {
    private CatalogAudit() {
    }

    public static List<String> problems(Catalog catalog) {
        List<String> contradictions = new ArrayList<>();
        Map<String, String> whyNeverChosen = new LinkedHashMap<>();
        Set<String> choosableSomewhere = new HashSet<>();
        for (Catalog.Model model : catalog.models()) {
            if (model.variants().isEmpty()) {
                continue;
            }
            List<String> found = catalog.configurator(model).audit();
            found.stream().filter(p -> p.startsWith("The rules contradict"))
                    .forEach(p -> contradictions.add("For the " + model.name() + ": " + p));
            for (FeatureModel.Option option : catalog.featureModel().options()) {
                String prefix = option.name() + " can never be chosen: ";
                found.stream().filter(p -> p.startsWith(prefix)).findFirst().ifPresentOrElse(
                        p -> whyNeverChosen.putIfAbsent(option.name(), p), () -> choosableSomewhere.add(option.name()));
            }
        }
        if (!contradictions.isEmpty()) {
            return contradictions;
        }
        whyNeverChosen.keySet().removeAll(choosableSomewhere);
        return List.copyOf(whyNeverChosen.values());
    }
}
