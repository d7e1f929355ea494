package com.phonesmith.factory.qa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The operator's visual checks at a manual QA station, each {@code id:label}. */
@ConfigMapping(prefix = "factory.qa")
public interface VisualChecksConfig {
    @WithDefault("screen:Screen lights evenly with no dead pixels or marks,"
            + "buttons:Power and volume buttons click and respond,"
            + "camera:Front and rear cameras show a sharp picture")
    List<String> visualChecks();

    default List<VisualCheck> checks() {
        return VisualCheck.parse(visualChecks());
    }
}
