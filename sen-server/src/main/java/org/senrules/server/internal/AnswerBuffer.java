package org.senrules.server.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable array of bytes that an answer is written into before it is sent (so that its
 * length is known, and a failed answer sends nothing): kept by a thread and reused, one per
 * request thread, not one per answer.
 */
final class AnswerBuffer extends OutputStream {
    private byte[] bytes = new byte[8192];
    private int size;

    AnswerBuffer reset() {
        size = 0;
        if (bytes.length > 1 << 20) {
            bytes = new byte[8192]; // do not keep a large cohort's answer
        }
        return this;
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (size + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
        }
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
