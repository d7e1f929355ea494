package com.phonesmith.factory.shipping;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A 4 x 6 inch shipping label (PDFBox): the carrier, the tracking number as a Code 128 barcode (ZXing) and as text,
 * the sender, the contents, and the order id as a second barcode the packing station scans. The recipient's
 * address is not the factory's to know: the carrier prints it against the tracking number at collection.
 */
public final class ShippingLabel {
    static final PDRectangle FOUR_BY_SIX = new PDRectangle(4 * 72, 6 * 72);
    private static final float MARGIN = 18;

    /** What goes on the label. */
    public record Data(String orderId, String trackingNumber, String carrier, String sender, String contents,
            String imei) {
    }

    private ShippingLabel() {
    }

    public static byte[] pdf(Data label) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Shipping label " + label.trackingNumber() + " for order " + label.orderId());
            info.setAuthor("Phonesmith");
            PDPage page = new PDPage(FOUR_BY_SIX);
            document.addPage(page);
            float width = FOUR_BY_SIX.getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = FOUR_BY_SIX.getHeight() - MARGIN;
                y = text(content, bold(), 20, MARGIN, y - 20, label.carrier());
                y = text(content, regular(), 9, MARGIN, y - 14, "Tracking number");
                y = barcode(content, label.trackingNumber(), MARGIN, y - 84, width, 78);
                y = text(content, bold(), 14, MARGIN, y - 18, label.trackingNumber());
                y = text(content, bold(), 9, MARGIN, y - 24, "From");
                y = text(content, regular(), 9, MARGIN, y - 12, label.sender());
                y = text(content, bold(), 9, MARGIN, y - 18, "To");
                y = text(content, regular(), 9, MARGIN, y - 12, "The recipient " + label.carrier()
                        + " holds for this tracking number");
                y = text(content, bold(), 9, MARGIN, y - 18, "Contents");
                y = text(content, regular(), 9, MARGIN, y - 12, "1 phone: " + label.contents());
                y = text(content, regular(), 9, MARGIN, y - 12, "IMEI " + label.imei());
                y = text(content, regular(), 9, MARGIN, y - 24, "Order");
                y = barcode(content, label.orderId(), MARGIN, y - 62, width, 56);
                text(content, regular(), 8, MARGIN, y - 12, label.orderId());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shipping label", e);
        }
    }

    /** Draws text with its baseline at y; returns y. */
    private static float text(PDPageContentStream content, PDType1Font font, float size, float x, float y,
            String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y;
    }

    /** Draws a Code 128 barcode (with its quiet zones) filling the width, its bottom at y; returns y. */
    private static float barcode(PDPageContentStream content, String value, float x, float y, float width,
            float height) throws IOException {
        BitMatrix bars = new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 0);
        float module = width / bars.getWidth();
        int start = -1;
        for (int i = 0; i <= bars.getWidth(); i++) {
            boolean black = i < bars.getWidth() && bars.get(i, 0);
            if (black && start < 0) {
                start = i;
            } else if (!black && start >= 0) {
                content.addRect(x + start * module, y, (i - start) * module, height);
                start = -1;
            }
        }
        content.fill();
        return y;
    }

    private static PDType1Font bold() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    private static PDType1Font regular() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }
}
