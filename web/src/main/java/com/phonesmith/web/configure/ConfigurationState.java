package com.phonesmith.web.configure;

import com.phonesmith.web.backend.Configuration;
import com.phonesmith.web.backend.ConfigurationRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the shopper has decided on the configurator page, kept in the page's address so that every click is a
 * link, the back button undoes it and a copied address reopens it: colour, storage, options chosen and default
 * options removed, in the order decided. A click on an option gives the next state.
 */
public record ConfigurationState(String model, String colour, Integer storageGb, List<String> chosen,
        List<String> removed) {

    public ConfigurationState {
        chosen = List.copyOf(chosen);
        removed = List.copyOf(removed);
    }

    public static ConfigurationState of(String model, Configuration.Selection selection) {
        return new ConfigurationState(model, selection.colour(), selection.storageGb(), orEmpty(selection.chosen()),
                orEmpty(selection.removed()));
    }

    public ConfigurationState withColour(String newColour) {
        return new ConfigurationState(model, newColour, storageGb, chosen, removed);
    }

    public ConfigurationState withStorage(Integer newStorageGb) {
        return new ConfigurationState(model, colour, newStorageGb, chosen, removed);
    }

    /**
     * The state after a click on this option, or empty when the rules decide it (included or excluded): an option
     * in the configuration goes out (a chosen one is no longer chosen, a default one is removed), an option out
     * of it comes in (a removed default is no longer removed, another one is chosen, and the other choices of its
     * exactly-one group are dropped).
     */
    public Optional<ConfigurationState> toggle(Configuration.Option option, List<Configuration.Option> all) {
        List<String> nextChosen = new ArrayList<>(chosen);
        List<String> nextRemoved = new ArrayList<>(removed);
        String code = option.code();
        switch (option.status()) {
            case "CHOSEN" -> {
                nextChosen.remove(code);
                if (option.byDefault()) {
                    nextRemoved.add(code);
                }
            }
            case "REMOVED" -> {
                nextRemoved.remove(code);
                if (!option.byDefault()) {
                    nextChosen.add(code);
                }
            }
            case "OPEN" -> {
                if (option.inConfiguration()) {
                    nextRemoved.add(code);
                } else {
                    if ("EXACTLY_ONE".equals(option.groupKind())) {
                        all.stream().filter(o -> option.group().equals(o.group())).map(Configuration.Option::code)
                                .forEach(nextChosen::remove);
                    }
                    nextChosen.add(code);
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new ConfigurationState(model, colour, storageGb, nextChosen, nextRemoved));
    }

    /** The decisions as configurator-api reads them. */
    public ConfigurationRequest request() {
        return new ConfigurationRequest(model, colour, storageGb, chosen, removed);
    }

    /** The configurator page's address for this state. */
    public String path() {
        StringBuilder query = new StringBuilder();
        if (colour != null) {
            add(query, "colour", colour);
        }
        if (storageGb != null) {
            add(query, "storage", storageGb.toString());
        }
        chosen.forEach(code -> add(query, "chosen", code));
        removed.forEach(code -> add(query, "removed", code));
        return "/configure/" + encode(model) + (query.length() == 0 ? "" : "?" + query);
    }

    private static void add(StringBuilder query, String name, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name).append('=').append(encode(value));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
