package org.senrules.server.internal;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Violation;

/** Reading request bodies within the limit, as UTF-8, refusing what is too large or not text. */
final class Bodies {
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    private Bodies() {
    }

    /** The media type without parameters, lower case, or {@code ""}. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** True when the client asked for {@code type} (and not JSON first). */
    static boolean accepts(Context ctx, String type) {
        return accepts(ctx.header("Accept"), type);
    }

    /** True when the {@code Accept} header asks for {@code type} (and not JSON first). */
    static boolean accepts(String accept, String type) {
        if (accept == null) {
            return false;
        }
        int comma = accept.indexOf(',');
        return mediaType(comma < 0 ? accept : accept.substring(0, comma)).equals(type);
    }

    static void requireJson(Context ctx, String... others) {
        requireJson(ctx.contentType(), others);
    }

    /** Refuses, with 415, a body whose {@code Content-Type} is not JSON (or none) or one of {@code others}. */
    static void requireJson(String contentType, String... others) {
        String type = mediaType(contentType);
        if (type.equals(JSON) || type.isEmpty()) {
            return;
        }
        for (String o : others) {
            if (type.equals(o)) {
                return;
            }
        }
        throw ApiError.of(415, "unsupported-media-type", "send " + JSON + (others.length == 0 ? "" : " or " + String.join(" or ", others)));
    }

    /** The whole body as text, or 413 when it is over {@code max} bytes. */
    static String read(Context ctx, long max) throws IOException {
        return utf8(readBytes(ctx, max), "");
    }

    /** The whole body as bytes, or 413 when it is over {@code max} bytes (checked before and while reading). */
    static byte[] readBytes(Context ctx, long max) throws IOException {
        return readBytes(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), max);
    }

    /**
     * The whole of {@code body} (closed after), whose {@code Content-Length} is {@code declared}
     * (-1 when not given), or 413 when it is over {@code max} bytes (checked before and while
     * reading); the Javalin routes and the decisions endpoint's Jetty handler read bodies here.
     */
    static byte[] readBytes(InputStream body, long declared, long max) throws IOException {
        if (declared > max) {
            throw tooLarge(max);
        }
        try (InputStream in = body) {
            if (declared >= 0) {
                // the usual case: one array of the declared size, filled as the bytes arrive
                byte[] bytes = new byte[(int) declared];
                int n = in.readNBytes(bytes, 0, bytes.length);
                if (n == bytes.length && in.read() < 0) {
                    return bytes;
                }
                throw new IOException("the body is not as long as its Content-Length");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            byte[] buf = new byte[16384];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > max) {
                    throw tooLarge(max);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /**
     * Sends {@code text} as the whole body, with its length, straight to the response's stream:
     * not through Javalin's result, which would copy it through a stream of its own and look for
     * a compressor on every response.
     */
    static void send(Context ctx, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ctx.contentType(contentType);
        ctx.res().setContentLength(bytes.length);
        ctx.res().getOutputStream().write(bytes);
    }

    static ApiError tooLarge(long max) {
        return ApiError.of(413, "too-large", "the body is over the service's limit of " + max
                + " bytes; stream a large cohort as NDJSON (Content-Type: " + NDJSON + ")", java.util.Map.of("Connection", "close"));
    }

    static String utf8(byte[] bytes, String path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.invalid(400, path, "is not valid UTF-8 text");
        }
    }
}
