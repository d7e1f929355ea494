package com.phonesmith.web.configure;

import com.phonesmith.web.backend.Configuration;
import com.phonesmith.web.catalog.CatalogView;
import com.phonesmith.web.format.Prices;
import com.phonesmith.web.promise.PromiseView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configurator page as the template shows it: the colours and storage sizes, the options by group with what
 * a click on each does (or why the rules hold it and the links that fix that), the conflict if the decisions
 * cannot all hold, the price breakdown, the delivery promised for the chosen colour and storage (null until both are
 * chosen), the checkout form's fields for what is built, and the decisions (which the share form saves).
 */
public record ConfigureView(String modelName, String maker, List<Choice> colours, List<Choice> storages,
        List<Section> sections, Conflict conflict, Summary summary, PromiseView delivery, Checkout checkout,
        String status, ConfigurationState state) {

    /** A colour or a storage size: the link that picks it, or why it cannot be picked and the fixes. */
    public record Choice(String id, String label, boolean chosen, boolean possible, String href, String why,
            List<FixLink> fixes) {
    }

    public record Section(String id, String title, String hint, List<Item> items) {
    }

    /**
     * An option: its link (Add X / Remove X) when a click can change it, otherwise the rules' reason; fixes for an
     * excluded one.
     */
    public record Item(String id, String name, String description, String price, String size, String state,
            boolean in, String action, String href, String why, List<FixLink> fixes) {
    }

    /** A fix: its label, and what it is for (said to screen readers, as several fixes may read alike). */
    public record FixLink(String id, String label, String purpose, String href) {
    }

    public record Conflict(String why, List<FixLink> fixes) {
    }

    public record Summary(List<Line> lines, String total, String tax, String variant, String storageUse) {
    }

    public record Line(String name, String amount) {
    }

    /**
     * The order form's hidden fields: exactly the decisions the page shows, for the rules to complete again, and the
     * total shown, so that the checkout can say if the price changed meanwhile.
     */
    public record Checkout(String variant, List<String> features, List<String> apps, List<String> removed,
            Long shownTotalMinor) {
    }

    static ConfigureView of(Configuration answer, ConfigurationState state, PromiseView delivery) {
        List<Configuration.Option> options = answer.options();
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Configuration.Option option : options) {
            String key = option.group() != null ? option.group() : option.kind();
            Section section = sections.computeIfAbsent(key, k -> new Section("section-" + k, sectionTitle(option),
                    sectionHint(option), new ArrayList<>()));
            section.items().add(item(option, options, state, answer));
        }
        List<Section> ordered = new ArrayList<>(sections.values());
        ordered.sort((a, b) -> Integer.compare(rank(a.id()), rank(b.id())));
        Conflict conflict = answer.conflict() == null ? null
                : new Conflict(answer.conflict().why(), fixLinks("conflict", answer.conflict().fixes(), state,
                        "to end the conflict"));
        return new ConfigureView(answer.modelName(), answer.maker(),
                values("colour", answer.colours(), state, true), values("storage", answer.storages(), state, false),
                ordered, conflict, summary(answer), delivery, checkout(answer, state),
                delivery == null ? status(answer) : status(answer) + " " + delivery.summary(), state);
    }

    private static Item item(Configuration.Option option, List<Configuration.Option> all, ConfigurationState state,
            Configuration answer) {
        String price = option.priceMinor() == 0 ? "Included" : Prices.surcharge(option.priceMinor(), currency(answer));
        String size = option.installMb() == 0 ? "" : sizeLabel(option.installMb());
        String href = state.toggle(option, all).map(ConfigurationState::path).orElse(null);
        String action = href == null ? null : (option.inConfiguration() ? "Remove " : "Add ") + option.name();
        String stateText = switch (option.status()) {
            case "CHOSEN" -> "Chosen";
            case "REMOVED" -> "Removed";
            case "INCLUDED" -> "Included by the rules";
            case "EXCLUDED" -> "Not available";
            case "OPEN" -> option.inConfiguration() ? "Included by default" : "";
            default -> "";
        };
        return new Item("option-" + option.code(), option.name(), option.description(), price, size, stateText,
                option.inConfiguration(), action, href, option.why(),
                fixLinks("fix-" + option.code(), option.fixes(), state, "to add " + option.name()));
    }

    private static List<Choice> values(String kind, List<Configuration.Value> values, ConfigurationState state,
            boolean colour) {
        List<Choice> choices = new ArrayList<>();
        for (Configuration.Value value : values) {
            ConfigurationState next = colour ? state.withColour(value.value())
                    : state.withStorage(Integer.valueOf(value.value()));
            String label = colour ? CatalogView.colourName(value.value())
                    : CatalogView.storageLabel(Integer.parseInt(value.value()));
            choices.add(new Choice(kind + "-" + value.value(), label, value.chosen(), value.possible(),
                    value.possible() && !value.chosen() ? next.path() : null, value.why(),
                    fixLinks("fix-" + kind + "-" + value.value(), value.fixes(), state, "to choose " + label)));
        }
        return choices;
    }

    private static List<FixLink> fixLinks(String prefix, List<Configuration.Fix> fixes, ConfigurationState state,
            String purpose) {
        List<FixLink> links = new ArrayList<>();
        for (int i = 0; fixes != null && i < fixes.size(); i++) {
            Configuration.Fix fix = fixes.get(i);
            links.add(new FixLink(prefix + "-" + i, fix.label(), purpose,
                    ConfigurationState.of(state.model(), fix.selection()).path()));
        }
        return links;
    }

    private static Summary summary(Configuration answer) {
        if (answer.price() == null || answer.configuration() == null) {
            return null;
        }
        Configuration.Price price = answer.price();
        List<Line> lines = price.lines().stream().filter(l -> "handset".equals(l.kind()) || l.amountMinor() != 0)
                .map(l -> new Line(l.name(), Prices.format(l.amountMinor(), price.currency()))).toList();
        Configuration.Built built = answer.configuration();
        return new Summary(lines, Prices.format(price.totalMinor(), price.currency()),
                "includes " + price.taxPercent() + "% VAT: " + Prices.format(price.taxMinor(), price.currency()),
                CatalogView.colourName(built.colour()) + ", " + CatalogView.storageLabel(built.storageGb()) + ", "
                        + built.ramGb() + " GB RAM",
                "Features and apps take " + sizeLabel(built.installMb()) + " of the " + sizeLabel(built.freeMb())
                        + " the system leaves free.");
    }

    private static Checkout checkout(Configuration answer, ConfigurationState state) {
        if (!answer.consistent() || answer.configuration() == null) {
            return null;
        }
        Configuration.Built built = answer.configuration();
        List<String> features = new ArrayList<>();
        List<String> apps = new ArrayList<>();
        for (Configuration.Option option : answer.options()) {
            if ("CHOSEN".equals(option.status())) {
                ("feature".equals(option.kind()) ? features : apps).add(option.code());
            }
        }
        return new Checkout(answer.model() + "|" + built.colour() + "|" + built.storageGb(), features, apps,
                state.removed(), answer.price() == null ? null : answer.price().totalMinor());
    }

    private static String status(Configuration answer) {
        if (!answer.consistent()) {
            return "These choices cannot all be built: " + answer.conflict().why();
        }
        return "Total " + Prices.format(answer.price().totalMinor(), answer.price().currency()) + ".";
    }

    private static String currency(Configuration answer) {
        return answer.price() == null ? "EUR" : answer.price().currency();
    }

    private static String sectionTitle(Configuration.Option option) {
        if (option.group() == null) {
            return "feature".equals(option.kind()) ? "More OS features" : "More apps";
        }
        String words = option.group().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String sectionHint(Configuration.Option option) {
        if (option.groupKind() == null) {
            return "Add any of these.";
        }
        return switch (option.groupKind()) {
            case "ALL" -> "These always come together.";
            case "EXACTLY_ONE" -> "Choose one.";
            case "AT_LEAST_ONE" -> "Keep at least one.";
            default -> "Add any of these.";
        };
    }

    private static int rank(String sectionId) {
        return switch (sectionId) {
            case "section-feature" -> 90;
            case "section-app" -> 91;
            default -> 10;
        };
    }

    static String sizeLabel(long mb) {
        if (mb < 1024) {
            return mb + " MB";
        }
        double gb = mb / 1024.0;
        return (gb == Math.rint(gb) ? String.valueOf((long) gb) : String.format(Locale.ROOT, "%.1f", gb)) + " GB";
    }
}
