package com.phonesmith.web.configure;

import java.util.List;

/**
 * The configurator page opened from a share code: the link to give others, whether the shopper has just saved it,
 * and what changed since it was saved because the catalog no longer offers it (each with the reason).
 */
public record SharedPanel(String code, String link, boolean justSaved, List<String> changes) {
    public SharedPanel {
        changes = List.copyOf(changes);
    }
}
