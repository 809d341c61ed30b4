package org.senrules.server.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request's whole body, read before anything else is done with the request: before a place
 * for decisions is taken and before a thread is given to it. Bytes are taken as they arrive
 * (Jetty calls back when there are more; no thread waits), within three bounds:
 * <ul>
 *   <li>the size limit: over it (by {@code Content-Length} before reading, or while reading) is 413;</li>
 *   <li>the body-read timeout: a body still arriving after it is cut off with 408;</li>
 *   <li>the minimum data rate: once {@link ServiceSettings#BODY_RATE_GRACE} has passed, a body
 *       whose bytes have arrived slower on average than the minimum is cut off with 408.</li>
 * </ul>
 * A client cut off is counted and its connection closed. Eight connections sending a byte every
 * 12 s once held every place for 85 s; now they hold nothing but their connection, and not for
 * long.
 */
final class WholeBody implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    /** What to do with the request once its body has arrived, or with the refusal. */
    interface Then {
        void handle(Request withBody);

        void refuse(ApiError e, boolean close);
    }

    private final Request request;
    private final ServiceSettings settings;
    private final AtomicLong cutOff;
    private final Then then;
    private final long declared;
    private final byte[] sized;
    private final ByteArrayOutputStream unsized;
    private final long started = System.nanoTime();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile long received;
    private volatile Scheduler.Task timer;

    private WholeBody(Request request, ServiceSettings settings, AtomicLong cutOff, Then then) {
        this.request = request;
        this.settings = settings;
        this.cutOff = cutOff;
        this.then = then;
        this.declared = request.getLength();
        this.sized = declared >= 0 ? new byte[(int) declared] : null;
        this.unsized = declared >= 0 ? null : new ByteArrayOutputStream(1024);
    }

    /** Starts reading {@code request}'s body; {@code then} is called once, on a Jetty thread. */
    static void read(Request request, ServiceSettings settings, AtomicLong cutOff, Then then) {
        long declared = request.getLength();
        if (declared > settings.maxBodyBytes()) {
            then.refuse(Bodies.tooLarge(settings.maxBodyBytes()), true);
            return;
        }
        WholeBody body = new WholeBody(request, settings, cutOff, then);
        body.schedule();
        body.run();
    }

    private void schedule() {
        Scheduler scheduler = request.getComponents().getScheduler();
        timer = scheduler.schedule(this::check, 1, TimeUnit.SECONDS);
    }

    /** Reads what has arrived; asks to be called again when more does. */
    @Override
    public void run() {
        while (!done.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                if (finish()) {
                    if (failure instanceof TimeoutException) {
                        cut("stopped arriving (no byte came for the connection's idle timeout)");
                    } else {
                        then.refuse(ApiError.of(400, "bad-request", "the body could not be read to its end"), true);
                    }
                }
                return;
            }
            ByteBuffer b = chunk.getByteBuffer();
            int n = b.remaining();
            long total = received + n;
            if (total > settings.maxBodyBytes() || sized != null && total > sized.length) {
                chunk.release();
                if (finish()) {
                    then.refuse(total > settings.maxBodyBytes() ? Bodies.tooLarge(settings.maxBodyBytes())
                            : ApiError.of(400, "bad-request", "the body is longer than its Content-Length"), true);
                }
                return;
            }
            if (sized != null) {
                b.get(sized, (int) received, n);
            } else {
                byte[] copy = new byte[n];
                b.get(copy);
                unsized.write(copy, 0, n);
            }
            received = total;
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                if (finish()) {
                    if (sized != null && received != sized.length) {
                        then.refuse(ApiError.of(400, "bad-request", "the body is shorter than its Content-Length"), true);
                    } else {
                        then.handle(new Buffered(request, sized != null ? sized : unsized.toByteArray()));
                    }
                }
                return;
            }
        }
    }

    /** Once a second while the body arrives: the timeout and the minimum rate. */
    private void check() {
        if (done.get()) {
            return;
        }
        long elapsedNanos = System.nanoTime() - started;
        double seconds = elapsedNanos / 1e9;
        if (elapsedNanos > settings.bodyReadTimeout().toNanos()) {
            if (finish()) {
                cut("did not arrive whole within " + settings.bodyReadTimeout().toSeconds() + " s");
            }
            return;
        }
        if (elapsedNanos > ServiceSettings.BODY_RATE_GRACE.toNanos() && received < settings.minBodyBytesPerSecond() * seconds) {
            if (finish()) {
                cut("arrived slower than " + settings.minBodyBytesPerSecond() + " bytes a second");
            }
            return;
        }
        schedule();
    }

    /** True for the one caller that ends the read. */
    private boolean finish() {
        if (!done.compareAndSet(false, true)) {
            return false;
        }
        Scheduler.Task t = timer;
        if (t != null) {
            t.cancel();
        }
        return true;
    }

    private void cut(String why) {
        long n = cutOff.incrementAndGet();
        LOG.warn("cut off a slow client ({} so far): its request's body {}", n, why);
        then.refuse(ApiError.of(408, "timeout", "the request's body " + why + "; send it whole and at a steady rate"), true);
    }

    /** The request with its body already in memory: its content is one chunk, then the end. */
    static final class Buffered extends Request.Wrapper {
        private Content.Chunk next;

        Buffered(Request request, byte[] body) {
            super(request);
            this.next = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk c = next;
            next = Content.Chunk.EOF;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public void fail(Throwable failure) {
            next = Content.Chunk.from(failure, true);
        }
    }
}
