package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import org.junit.jupiter.api.Test;

/** Bytes become text strictly, and a stream is refused as soon as it passes its cap. */
class DocumentInputTest {
    /** An endless stream of spaces that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }

    @Test
    void aStreamIsRefusedOnceItPassesItsCap_withoutReadingTheRest() throws Exception {
        Endless endless = new Endless();
        Reader r = DocumentInput.reader(endless, 1_000_000);
        char[] buf = new char[8192];
        DocumentInput.Refused e = assertThrows(DocumentInput.Refused.class, () -> {
            while (r.read(buf) >= 0) {
                // keep reading
            }
        });
        assertTrue(e.getMessage().contains("larger than 1000000 bytes"), e.getMessage());
        assertTrue(endless.read <= 1_000_000 + 16_384, "read " + endless.read);
    }

    @Test
    void overlongAndInvalidUtf8_areRefused_andALeadingBomIsSkipped() throws Exception {
        assertThrows(DocumentInput.Refused.class, () -> DocumentInput.decode(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}, 100));
        assertEquals("{}", DocumentInput.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, 100));
        assertEquals("{}", DocumentInput.withoutBom("\uFEFF{}"));
        try (java.io.Reader r = DocumentInput.reader(new java.io.ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}),
                100)) {
            char[] read = new char[8];
            assertEquals("{}", new String(read, 0, r.read(read)));
        }
        assertThrows(DocumentInput.Refused.class, () -> DocumentInput.decode(new byte[200], 100));
    }

    @Test
    void validUtf8_isDecoded() throws Exception {
        assertEquals("Zoë", DocumentInput.decode("Zoë".getBytes(java.nio.charset.StandardCharsets.UTF_8), 100));
    }
}
