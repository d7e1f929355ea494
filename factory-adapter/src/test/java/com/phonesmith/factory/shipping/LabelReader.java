package com.phonesmith.factory.shipping;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a label PDF back the way a person and a scanner would: its text, and its barcodes from a rendering. */
public final class LabelReader {
    private LabelReader() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The contents of every Code 128 barcode on the first page, rendered at 300 dpi, top to bottom. */
    public static List<String> barcodes(byte[] pdf) throws IOException, NotFoundException {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 300);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader())
                .decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                        // the label prints Code 128 only; a reader trying every format sometimes found an EAN-8 in
                        // a stretch of the bars of a random order id
                        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
        return Arrays.stream(results)
                .sorted((a, b) -> Float.compare(a.getResultPoints()[0].getY(), b.getResultPoints()[0].getY()))
                .map(Result::getText).distinct().toList();
    }
}
