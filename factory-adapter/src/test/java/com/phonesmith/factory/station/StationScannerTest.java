package com.phonesmith.factory.station;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.factory.stock.FoundHandset;
import com.phonesmith.factory.support.HandsetRackTestResource;
import com.phonesmith.factory.support.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StationScannerTest extends RealInfrastructure {
    @Inject
    StationScanner scanner;
    @Inject
    StationConfig stations;

    @Test
    void aScanFindsOneHandsetPerOccupiedStationAndSkipsTheEmptyOne() {
        List<FoundHandset> found = scanner.scan();

        int emptyStation = stations.firstPort() + stations.count() - 1;
        assertThat(found).hasSize(stations.count() - HandsetRackTestResource.SPARE_STATIONS);
        assertThat(found).extracting(FoundHandset::stationPort).doesNotContain(emptyStation).doesNotHaveDuplicates();
        assertThat(found).extracting(FoundHandset::imei).doesNotHaveDuplicates();
        assertThat(found).allSatisfy(h -> assertThat(h.serial()).isEqualTo("PS" + h.stationPort()));
    }
}
