package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.testpack.TestPack;

/**
 * {@link RulePackContext#shared}: a value two packs of one engine read (a council's file) is made
 * once per engine build and reload; a failure is not kept, so each pack reports it.
 */
class SharedPackValuesTest {

    /** A pack that reads the shared value "council-file" and keeps what it got. */
    private abstract static class Reader implements RulePack {
        private final AtomicInteger made;
        private final List<Object> seen;
        private final boolean fails;

        Reader(AtomicInteger made, List<Object> seen, boolean fails) {
            this.made = made;
            this.seen = seen;
            this.fails = fails;
        }

        @Override
        public int apiVersion() {
            return API_VERSION;
        }

        @Override
        public String name() {
            return getClass().getSimpleName();
        }

        @Override
        public void register(RulePackContext context) {
            seen.add(context.shared("council-file", StringBuilder.class, () -> {
                made.incrementAndGet();
                if (fails) {
                    throw new IllegalStateException("the council file is faulty");
                }
                return new StringBuilder("read");
            }));
        }
    }

    /** Two packs (the engine keeps one pack of each class). */
    private static final class First extends Reader {
        First(AtomicInteger made, List<Object> seen, boolean fails) {
            super(made, seen, fails);
        }
    }

    private static final class Second extends Reader {
        Second(AtomicInteger made, List<Object> seen, boolean fails) {
            super(made, seen, fails);
        }
    }

    private static RulePack reader(String name, AtomicInteger made, List<Object> seen, boolean fails) {
        return name.equals("first") ? new First(made, seen, fails) : new Second(made, seen, fails);
    }

    @Test
    void twoPacks_getOneValue_madeOncePerBuild_andAgainOnReload() {
        AtomicInteger made = new AtomicInteger();
        List<Object> seen = new ArrayList<>();
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new TestPack())
                .addPack(reader("first", made, seen, false)).addPack(reader("second", made, seen, false)).build();
        assertEquals(1, made.get());
        assertEquals(2, seen.size());
        assertSame(seen.get(0), seen.get(1));

        engine.reload();
        assertEquals(2, made.get(), "a reload reads the file again");
        assertEquals(4, seen.size());
        assertSame(seen.get(2), seen.get(3));
        assertTrue(seen.get(0) != seen.get(2), "a reload kept the previous build's value");
    }

    @Test
    void aFailure_isNotKept_soEveryPackReportsIt() {
        AtomicInteger made = new AtomicInteger();
        List<Object> seen = new ArrayList<>();
        RuleSetException e = assertThrows(RuleSetException.class, () -> SenRules.builder().discoverPacks(false).addPack(new TestPack())
                .addPack(reader("first", made, seen, true)).addPack(reader("second", made, seen, true)).build());
        assertEquals(2, made.get());
        assertEquals(2, e.problems().stream().filter(p -> p.message().contains("the council file is faulty")).count(), e.getMessage());
    }
}
