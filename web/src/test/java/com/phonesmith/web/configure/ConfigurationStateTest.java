package com.phonesmith.web.configure;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.Configuration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationStateTest {
    private static final ConfigurationState START = new ConfigurationState("lumo-one", "ink", 64,
            List.of("launcher-minimal"), List.of());

    private static Configuration.Option option(String code, String status, boolean in, boolean byDefault,
            String group, String groupKind) {
        return new Configuration.Option(code, code, "", "app", group, groupKind, 0, 0, byDefault, status, in, "",
                List.of());
    }

    @Test
    void anOpenOptionOutOfTheConfigurationIsChosen() {
        Configuration.Option games = option("games-pack", "OPEN", false, false, null, null);

        assertThat(START.toggle(games, List.of(games)).orElseThrow().chosen())
                .containsExactly("launcher-minimal", "games-pack");
    }

    @Test
    void aDefaultOptionInTheConfigurationIsRemovedAndComesBackWhenClickedAgain() {
        Configuration.Option firefox = option("firefox", "OPEN", true, true, "browser", "AT_LEAST_ONE");
        ConfigurationState removed = START.toggle(firefox, List.of(firefox)).orElseThrow();

        assertThat(removed.removed()).containsExactly("firefox");
        Configuration.Option removedFirefox = option("firefox", "REMOVED", false, true, "browser", "AT_LEAST_ONE");
        assertThat(removed.toggle(removedFirefox, List.of(removedFirefox)).orElseThrow()).isEqualTo(START);
    }

    @Test
    void choosingOneOfAnExactlyOneGroupDropsTheOtherChoiceOfThatGroup() {
        Configuration.Option minimal = option("launcher-minimal", "CHOSEN", true, false, "launcher", "EXACTLY_ONE");
        Configuration.Option focus = option("launcher-focus", "OPEN", false, false, "launcher", "EXACTLY_ONE");

        assertThat(START.toggle(focus, List.of(minimal, focus)).orElseThrow().chosen())
                .containsExactly("launcher-focus");
    }

    @Test
    void whatTheRulesDecideCannotBeClicked() {
        assertThat(START.toggle(option("phone", "INCLUDED", true, true, "core-apps", "ALL"), List.of())).isEmpty();
        assertThat(START.toggle(option("kids-mode", "EXCLUDED", false, false, null, null), List.of())).isEmpty();
    }

    @Test
    void theStateIsTheAddressOfThePage() {
        ConfigurationState state = new ConfigurationState("lumo-one", "ink", 64, List.of("games-pack", "osmand"),
                List.of("firefox"));

        assertThat(state.path())
                .isEqualTo("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack&chosen=osmand&removed=firefox");
        assertThat(new ConfigurationState("lumo-one", null, null, List.of(), List.of()).path())
                .isEqualTo("/configure/lumo-one");
    }
}
