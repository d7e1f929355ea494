package com.phonesmith.contracts.image.sparse;

/**
 * The CRC-32 of two byte strings joined, from the CRC-32 of each and the second one's length, as zlib's
 * {@code crc32_combine} computes it (multiplication by x^(8 * length) modulo the CRC polynomial, in the reflected
 * bit order of {@link java.util.zip.CRC32}). Lets the CRC of a sparse image be assembled from the CRCs of its data,
 * computed while the raw image is scanned, without reading the data again.
 */
final class Crc32Combine {
    private static final int POLY = 0xEDB88320;
    /** x^(2^n) modulo the polynomial, for n from 0 to 31. */
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            X2N[n] = p = multiply(p, p);
        }
    }

    private Crc32Combine() {
    }

    /** The CRC-32 of A followed by B, given crcA, crcB and the length of B in bytes. */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB < 0) {
            throw new IllegalArgumentException("a length of " + lengthB + " bytes");
        }
        return (multiply(powerOfX(lengthB, 3), (int) crcA) ^ (int) crcB) & 0xFFFFFFFFL;
    }

    /** a times b modulo the polynomial. */
    private static int multiply(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        for (;;) {
            if ((a & m) != 0) {
                p ^= b;
                if ((a & (m - 1)) == 0) {
                    break;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return p;
    }

    /** x^(n * 2^k) modulo the polynomial. */
    private static int powerOfX(long n, int k) {
        int p = 1 << 31; // x^0
        while (n != 0) {
            if ((n & 1) != 0) {
                p = multiply(X2N[k & 31], p);
            }
            n >>>= 1;
            k++;
        }
        return p;
    }
}
