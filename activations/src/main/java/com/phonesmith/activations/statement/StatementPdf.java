package com.phonesmith.activations.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A statement as a PDF (PDFBox, A4): the maker, the month, when it was closed, one row per line and the total.
 * Long descriptions wrap; a statement with many corrections runs over several pages.
 */
public final class StatementPdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 15;
    private static final int DESCRIPTION_CHARS = 58;

    private StatementPdf() {
    }

    public static byte[] of(Statement statement) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Statement " + statement.maker() + " " + statement.month());
            info.setAuthor("Phonesmith");
            Writer writer = new Writer(document);
            writer.line(bold(), 16, "Phonesmith - statement for " + statement.maker() + ", " + statement.month());
            writer.line(regular(), 10, "Closed " + statement.closedAt() + "; " + statement.devicesInUse()
                    + " devices in use at " + StatementCsv.decimal(statement.rateMinor(), statement.currency()) + " "
                    + statement.currency() + " per device");
            writer.gap();
            writer.row(bold(), "#", "Description", "Devices", "Amount (" + statement.currency() + ")");
            for (Statement.Line line : statement.lines()) {
                List<String> wrapped = wrap(line.description());
                writer.row(regular(), Integer.toString(line.number()), wrapped.get(0), Long.toString(line.devices()),
                        StatementCsv.decimal(line.amountMinor(), statement.currency()));
                for (String more : wrapped.subList(1, wrapped.size())) {
                    writer.row(regular(), "", more, "", "");
                }
            }
            writer.gap();
            writer.row(bold(), "", "Total", "", StatementCsv.decimal(statement.totalMinor(), statement.currency()));
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the statement's PDF", e);
        }
    }

    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > DESCRIPTION_CHARS) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private static PDType1Font bold() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    private static PDType1Font regular() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            text(font, size, MARGIN, text);
            down(size + 6);
        }

        void row(PDType1Font font, String number, String description, String devices, String amount) throws IOException {
            text(font, 10, MARGIN, number);
            text(font, 10, MARGIN + 25, description);
            rightAligned(font, MARGIN + 400, devices);
            rightAligned(font, MARGIN + 495, amount);
            down(LEADING);
        }

        void gap() throws IOException {
            down(LEADING / 2);
        }

        private void rightAligned(PDType1Font font, float right, String text) throws IOException {
            text(font, 10, right - font.getStringWidth(text) / 1000 * 10, text);
        }

        private void text(PDType1Font font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(text));
            content.endText();
        }

        private void down(float by) throws IOException {
            y -= by;
            if (y < MARGIN) {
                newPage();
            }
        }

        void close() throws IOException {
            content.close();
        }

        /** The standard fonts cover WinAnsi only: anything else is shown as '?'. */
        private static String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> out.append(c >= 32 && c < 127 || c >= 160 && c < 256 ? (char) c : '?'));
            return out.toString();
        }
    }
}
