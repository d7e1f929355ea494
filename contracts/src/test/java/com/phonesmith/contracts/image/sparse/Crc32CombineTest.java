package com.phonesmith.contracts.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32CombineTest {

    @Test
    void theCombinedCrcOfTwoPartsIsTheCrcOfTheWhole() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 3, 4, 12, 4096, 65_537, 1 << 20}) {
            byte[] whole = new byte[length + 100];
            random.nextBytes(whole);
            for (int cut : new int[] {0, 1, 50, length}) {
                byte[] first = Arrays.copyOf(whole, cut);
                byte[] second = Arrays.copyOfRange(whole, cut, whole.length);

                assertThat(Crc32Combine.combine(crc(first), crc(second), second.length))
                        .as("%d + %d bytes", first.length, second.length).isEqualTo(crc(whole));
            }
        }
    }

    @Test
    void aSecondPartOfNoBytesLeavesTheCrcAsItWas() {
        assertThat(Crc32Combine.combine(0x12345678L, 0, 0)).isEqualTo(0x12345678L);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
