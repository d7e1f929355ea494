package com.phonesmith.images.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BytesHandoffTest {

    @Test
    void theReaderGetsEveryWrittenByteInOrderAndTheEndOnceTheWriterCloses() throws Exception {
        byte[] written = new byte[5_000_000];
        new java.util.Random(3).nextBytes(written);
        BytesHandoff handoff = new BytesHandoff(2);
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = handoff.reader()) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                all.write(in.read());
                byte[] some = new byte[1000];
                all.write(some, 0, in.read(some, 0, some.length));
                in.transferTo(all);
                return all.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        try (OutputStream out = handoff.writer()) {
            for (int at = 0; at < written.length; at += 65_536) {
                out.write(written, at, Math.min(65_536, written.length - at));
            }
        }

        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(written);
    }

    @Test
    void onceTheReaderStopsTheWritersNextWriteFailsInsteadOfWaitingForever() throws Exception {
        BytesHandoff handoff = new BytesHandoff(1);
        OutputStream out = handoff.writer();
        out.write(new byte[10]);
        handoff.reader().close();

        assertThatThrownBy(() -> {
            for (int i = 0; i < 3; i++) {
                out.write(new byte[10]);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("stopped reading");
    }
}
