package com.phonesmith.web.catalogadmin;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.CatalogRule;
import com.phonesmith.web.backend.CatalogRules;
import com.phonesmith.web.format.Prices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's catalog page: every OS feature and app with its price and a form to change it, the rules with a
 * Remove button each, and the form that adds a rule; with what was typed and why it was refused, when it was.
 */
public record CatalogAdminPage(String currency, List<OptionRow> features, List<OptionRow> apps, String priceError,
        boolean rulesLoaded, List<RuleRow> rules, Refusal removeRefusal, List<Choice> featureChoices,
        List<Choice> appChoices, RuleForm ruleForm, String notice) {

    /** An option's row; {@code typed} fills its price field, {@code error} is why the last change was refused. */
    public record OptionRow(String code, String name, String price, String typed, String error) {
        public String fieldId() {
            return "price-" + code;
        }
    }

    /** A rule: its sentence ("Kids mode requires Kids launcher") and what its Remove form sends. */
    public record RuleRow(String kind, String option, String other, String sentence) {
        /** The kind as the table shows it: "requires" or "excludes". */
        public String verb() {
            return CatalogAdminPage.verb(kind);
        }
    }

    /** An option to choose in the add-rule form. */
    public record Choice(String code, String label) {
    }

    /** A change that was refused: the rule in words and each reason, in configurator-api's words. */
    public record Refusal(String what, List<String> reasons) {
    }

    /** The add-rule form as typed, the reason beside each of its fields, and the reasons about the whole rule. */
    public record RuleForm(String kind, String option, String other, Map<String, String> errors, Refusal refusal) {
        static RuleForm empty() {
            return new RuleForm(CatalogRule.REQUIRES, "", "", Map.of(), null);
        }
    }

    /** A price that was refused: the option's code, what was typed, why. */
    record PriceRefusal(String code, String typed, String reason) {
    }

    static CatalogAdminPage of(Catalog catalog, Optional<CatalogRules> rules, PriceRefusal priceRefusal,
            Refusal removeRefusal, RuleForm ruleForm, String notice) {
        String currency = catalog.currency();
        // a refusal for an option the table does not list (gone meanwhile) is shown above the table
        String priceError = priceRefusal != null && option(catalog, priceRefusal.code()).isEmpty()
                ? priceRefusal.reason() : "";
        return new CatalogAdminPage(currency, rows(catalog.features(), currency, priceRefusal),
                rows(catalog.apps(), currency, priceRefusal), priceError, rules.isPresent(),
                rules.map(r -> r.rules().stream().map(rule -> new RuleRow(rule.kind(), rule.option(), rule.other(),
                        sentence(catalog, rule))).toList()).orElse(List.of()),
                removeRefusal, choices(catalog.features()), choices(catalog.apps()), ruleForm,
                notice == null ? "" : notice);
    }

    /** The rule in words: "Kids mode requires Kids launcher" (codes the catalog does not know are shown as codes). */
    static String sentence(Catalog catalog, CatalogRule rule) {
        return name(catalog, rule.option()) + " " + verb(rule.kind()) + " " + name(catalog, rule.other());
    }

    static String verb(String kind) {
        return CatalogRule.EXCLUDES.equals(kind) ? "excludes"
                : CatalogRule.REQUIRES.equals(kind) ? "requires" : String.valueOf(kind);
    }

    static String name(Catalog catalog, String code) {
        return option(catalog, code).map(Catalog.Option::name).orElse(code);
    }

    /** The OS feature or app with this code. */
    static Optional<Catalog.Option> option(Catalog catalog, String code) {
        List<Catalog.Option> options = new ArrayList<>(catalog.features());
        options.addAll(catalog.apps());
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    private static List<OptionRow> rows(List<Catalog.Option> options, String currency, PriceRefusal refused) {
        return options.stream().map(o -> {
            boolean isRefused = refused != null && refused.code().equals(o.code());
            return new OptionRow(o.code(), o.name(), Prices.format(o.priceMinor(), currency),
                    isRefused ? refused.typed() : PriceInput.typeable(o.priceMinor(), currency),
                    isRefused ? refused.reason() : "");
        }).toList();
    }

    private static List<Choice> choices(List<Catalog.Option> options) {
        return options.stream().map(o -> new Choice(o.code(), o.name() + " (" + o.code() + ")")).toList();
    }
}
