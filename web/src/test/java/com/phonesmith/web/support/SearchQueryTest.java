package com.phonesmith.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.support.SearchQuery.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                   | NONE",
        "3F0C1A2B-4D5E-6F70-8192-A3B4C5D6E7F8 | ORDER_ID",
        "ada@example.org                      | EMAIL",
        "490154203237518                      | IMEI",
        "49015420323751                       | IMEI",
        "4901542032375180                     | IMEI",
        "PS4821930575                         | TRACKING_NUMBER",
        "ps4821930575                         | TRACKING_NUMBER",
        "00370712345678901                    | TRACKING_NUMBER",
        "123456                               | TRACKING_NUMBER",
        "birch                                | OTHER",
        "nordvik                              | OTHER",
        "PS123                                | OTHER",
        "PS-4821930575                        | OTHER",
    })
    void aQueryIsReadAs(String text, Kind kind) {
        assertThat(SearchQuery.of(text).kind()).isEqualTo(kind);
    }

    @Test
    void spacesAroundTheQueryDoNotCount() {
        assertThat(SearchQuery.of("  490154203237518 ")).isEqualTo(new SearchQuery("490154203237518", Kind.IMEI));
    }
}
