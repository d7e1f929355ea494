package com.phonesmith.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {
    @Test
    void anInstantIsShownInTheDisplayZoneAndKeptAsIsoForTheTimeElement() {
        DisplayTime time = DisplayTime.of("2026-11-25T14:03:07.123Z", ZoneOffset.UTC);

        assertThat(time.text()).isEqualTo("2026-11-25 14:03:07 UTC");
        assertThat(time.iso()).isEqualTo("2026-11-25T14:03:07.123Z");
    }

    @Test
    void anOffsetDateTimeIsConvertedToTheDisplayZone() {
        DisplayTime time = DisplayTime.of("2026-11-25T15:03:07+01:00", ZoneId.of("UTC"));

        assertThat(time.text()).isEqualTo("2026-11-25 14:03:07 UTC");
        assertThat(time.iso()).isEqualTo("2026-11-25T14:03:07Z");
    }

    @Test
    void anotherDisplayZoneShowsLocalTime() {
        assertThat(DisplayTime.of("2026-07-01T10:00:00Z", ZoneId.of("Europe/Berlin")).text())
                .isEqualTo("2026-07-01 12:00:00 CEST");
    }

    @Test
    void textThatIsNoTimeIsShownAsReceivedAndNothingIsShownForNothing() {
        assertThat(DisplayTime.of("yesterday", ZoneOffset.UTC)).isEqualTo(new DisplayTime("yesterday", "yesterday"));
        assertThat(DisplayTime.of(null, ZoneOffset.UTC)).isEqualTo(new DisplayTime("", ""));
    }
}
