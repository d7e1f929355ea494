package com.phonesmith.activations.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCsvTest {
    @Test
    void aStatementIsOneRowPerLineAndATotalWithAmountsInMinorUnitsAndDecimals() {
        Statement statement = new Statement("nordvik", "2026-11", 1200, 100, "CNY", 120_300, Instant.EPOCH, List.of(
                new Statement.Line(1, "IN_USE", "Devices in use in 2026-11", 1200, 120_000),
                new Statement.Line(2, "ADJUSTMENT", "Correction of 2026-10: missed, \"late\" batch", 3, 300)));

        assertThat(StatementCsv.of(statement).split("\r\n")).containsExactly(
                "maker,month,line,kind,description,devices,amount_minor,amount,currency",
                "nordvik,2026-11,1,IN_USE,Devices in use in 2026-11,1200,120000,1200.00,CNY",
                "nordvik,2026-11,2,ADJUSTMENT,\"Correction of 2026-10: missed, \"\"late\"\" batch\",3,300,3.00,CNY",
                "nordvik,2026-11,,TOTAL,Total,1200,120300,1203.00,CNY");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(StatementCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(StatementCsv.decimal(-250, "CNY")).isEqualTo("-2.50");
        assertThat(StatementCsv.decimal(250, "JPY")).isEqualTo("250");
    }
}
