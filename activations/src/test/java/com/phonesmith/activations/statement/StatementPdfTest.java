package com.phonesmith.activations.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatementPdfTest {
    @Test
    void aStatementWithManyCorrectionsRunsOverPagesAndKeepsEveryLineAndTheTotal() throws Exception {
        List<Statement.Line> lines = new ArrayList<>();
        lines.add(new Statement.Line(1, "IN_USE", "Devices in use in 2026-11", 1200, 120_000));
        for (int i = 2; i <= 80; i++) {
            lines.add(new Statement.Line(i, "ADJUSTMENT", "Correction of 2026-10: batch " + i
                    + " activated while the network of a whole region was down for maintenance", 1, 100));
        }
        Statement statement = new Statement("nordvik", "2026-11", 1200, 100, "CNY", 127_900, Instant.EPOCH, lines);

        try (PDDocument document = Loader.loadPDF(StatementPdf.of(statement))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("batch 80").contains("1200.00").containsPattern("Total\\s+1279\\.00");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Statement nordvik 2026-11");
        }
    }

    @Test
    void aDescriptionTooLongForItsColumnWraps() {
        assertThat(StatementPdf.wrap("a ".repeat(40).trim())).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(58));
    }
}
