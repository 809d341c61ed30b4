package org.senrules.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * How every text the engine reads is turned from bytes into characters: strictly as UTF-8 (an
 * invalid, overlong or truncated sequence is an error, never a replacement character or a
 * decoded "/"), never more than a size cap (bytes are counted while they are read, so a larger
 * stream is refused before it costs memory), and with one byte-order-mark rule for every kind of
 * file: a UTF-8 byte-order mark (EF BB BF) at the start of a document is skipped, as Windows
 * editors and spreadsheets write one ("CSV UTF-8"); anywhere else U+FEFF is refused as an
 * invisible character in text. Requests (each line of an NDJSON stream is one), rule files,
 * parameter and policy files, scenario files and the command line's inputs all come through
 * here; the OAG catalogue reader and the CSV cohort reader skip it the same way.
 */
public final class DocumentInput {
    /** The byte-order mark as bytes and as the character a decoder makes of it. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final char BOM_CHAR = '\uFEFF';
    /** Largest rule, parameter, policy or scenario file: far more than any real one. */
    public static final long MAX_FILE = 16L * 1024 * 1024;

    private DocumentInput() {
    }

    /** Why a document could not be read: too large, or not UTF-8. The message names no input text. */
    public static class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** A strict UTF-8 decoder: malformed and unmappable input are errors. */
    public static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * A reader of {@code in} as strict UTF-8 that skips a leading BOM and throws {@link Refused} once
     * more than {@code maxBytes} have been read.
     */
    public static Reader reader(InputStream in, long maxBytes) throws IOException {
        PushbackInputStream head = new PushbackInputStream(new Capped(in, maxBytes), BOM.length);
        byte[] first = head.readNBytes(BOM.length);
        if (!startsWithBom(first)) {
            head.unread(first);
        }
        return new StrictReader(new InputStreamReader(head, strictUtf8()));
    }

    /** True when {@code bytes} start with the UTF-8 byte-order mark. */
    public static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** Decodes {@code bytes} strictly, skipping a leading BOM, refusing anything over {@code maxBytes}. */
    public static String decode(byte[] bytes, long maxBytes) throws Refused {
        if (bytes.length > maxBytes) {
            throw new Refused(tooLarge(maxBytes));
        }
        int from = startsWithBom(bytes) ? BOM.length : 0;
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(notUtf8());
        }
    }

    /**
     * Reads a file named by a user (a parameter, policy, rule or scenario file): strict UTF-8, a
     * leading BOM skipped, at most {@link #MAX_FILE} bytes.
     */
    public static String readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE + 1);
            return decode(bytes, MAX_FILE);
        }
    }

    /** True if {@code file} is a regular file and not a link (to anything). */
    public static boolean isPlainFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Text handed over already decoded (a {@code String}) is held to the same BOM rule: a leading one is skipped. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM_CHAR ? text.substring(1) : text;
    }

    static String tooLarge(long maxBytes) {
        return "the document is larger than " + (maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MiB" : maxBytes + " bytes");
    }

    static String notUtf8() {
        return "the document is not valid UTF-8 (an invalid, overlong or truncated byte sequence)";
    }

    /** Counts bytes as they are read and stops at the cap. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long count;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws Refused {
            count += n;
            if (count > max) {
                throw new Refused(tooLarge(max));
            }
        }
    }

    /** Turns the decoder's errors into a {@link Refused} with a message that shows no input. */
    private static final class StrictReader extends Reader {
        private final Reader in;

        StrictReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            try {
                return in.read(buf, off, len);
            } catch (CharacterCodingException e) {
                throw new Refused(notUtf8());
            }
        }

        @Override
        public int read(CharBuffer target) throws IOException {
            try {
                return in.read(target);
            } catch (CharacterCodingException e) {
                throw new Refused(notUtf8());
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
