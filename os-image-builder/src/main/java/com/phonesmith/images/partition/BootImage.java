package com.phonesmith.images.partition;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The boot partition's image, in the layout of Android's boot image (header version 0: magic {@code ANDROID!},
 * sizes and load addresses, board name, command line, then the kernel one page in). A virtual handset runs no
 * kernel, so the kernel is a short stand-in naming the board and release; {@code fastboot update} needs the
 * file, and verified boot covers it like every other partition.
 */
public final class BootImage {
    private static final int PAGE = 4096;
    private static final long BASE = 0x10000000L;

    private BootImage() {
    }

    public static byte[] forBoard(String board, String release) {
        byte[] kernel = ("phonesmith kernel for " + board + ", release " + release + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer image = ByteBuffer.allocate(PAGE + pages(kernel.length) * PAGE).order(ByteOrder.LITTLE_ENDIAN);
        image.put("ANDROID!".getBytes(StandardCharsets.US_ASCII));
        image.putInt(kernel.length).putInt((int) (BASE + 0x8000));
        image.putInt(0).putInt((int) (BASE + 0x01000000));
        image.putInt(0).putInt((int) (BASE + 0x00f00000));
        image.putInt((int) (BASE + 0x100));
        image.putInt(PAGE);
        image.putInt(0); // header version 0
        image.putInt(0); // os version
        image.put(fixed(board, 16));
        image.put(fixed("console=null androidboot.hardware=" + board, 512));
        image.put(new byte[32]); // id
        image.put(new byte[1024]); // extra command line
        image.position(PAGE);
        image.put(kernel);
        return image.array();
    }

    private static int pages(int bytes) {
        return (bytes + PAGE - 1) / PAGE;
    }

    private static byte[] fixed(String text, int length) {
        byte[] field = new byte[length];
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, field, 0, Math.min(bytes.length, length - 1));
        return field;
    }
}
