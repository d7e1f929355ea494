package com.phonesmith.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RackLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackConfigTest {
    private static final Path ROOT = Path.of("/tmp/phonesmith-root");

    @Test
    void theRackHasAHandsetOfEachOfTheFortyEightVariantsPerUnitAndTwoUnitsByDefault() {
        StackConfig defaults = StackConfig.defaults(ROOT);

        assertThat(StackConfig.HANDSET_VARIANTS).isEqualTo(RackLayout.standard().slots().size()).isEqualTo(48);
        assertThat(defaults.handsetsPerVariant()).isEqualTo(2);
        assertThat(defaults.handsetCount()).isEqualTo(96);
        assertThat(new StackConfig(ROOT, ROOT, 1, 2, 3, 5554, 1, 8080, "1s").handsetCount()).isEqualTo(48);
    }

    @Test
    void theFactoryScansAStationForEveryHandsetOfTheRack() {
        StackConfig config = StackConfig.defaults(ROOT);

        assertThat(ServiceSpec.named("factory-adapter").properties(config, "jdbc:postgresql://x/factory", "k:1"))
                .containsEntry("factory.stations.first-port", "5554")
                .containsEntry("factory.stations.count", "96");
        // the rack's last port stays below the first service port
        assertThat(config.firstHandsetPort() + config.handsetCount() - 1).isLessThan(config.httpBasePort());
    }
}
