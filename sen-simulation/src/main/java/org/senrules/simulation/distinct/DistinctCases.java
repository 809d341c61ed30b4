package org.senrules.simulation.distinct;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleSetOrigin;
import org.senrules.core.SenRules;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;

/**
 * Decides each distinct case once: a simulation's cohort repeats cases (a synthetic cohort of
 * 100,000 SSPP requests has about 48,500 distinct ones once the case id is set aside, and a
 * trajectory decides the same pupil year after year), and a decision is a pure function of the
 * case's content, the policies, the date whose values apply and the engine's rules and values.
 * A case whose content, policies and date match an earlier one's reuses that decision's list
 * ({@link SenRules#decideUnderPolicies}); the simulator reads from it only what the rules decided
 * (outcome, parameters used, illustrative, fingerprints), never the case id, which it takes from
 * its own case.
 *
 * <p>Exact only if the rules never read the case id: {@link #of} reads the rule set's rule files
 * in use ({@link SenRules#origin}) and decides every case on its own when any of them names
 * {@code caseId} or {@code toString} (a case's {@code toString()} prints its id), or cannot be
 * read, and when the case type's content cannot be read field by field (a record's components or
 * the fields its {@link CaseFields} declares). {@value #PROPERTY}{@code =false} turns it off.
 *
 * <p>Bounded: at the start of each chunk ({@link #nextChunk()}), a memo holding more decisions
 * than its cap drops the cases least recently used. Sweeps happen only between chunks, and each
 * case is decided at most once while it is held ({@link ConcurrentHashMap#computeIfAbsent}), so
 * the counts are the same on every run. Thread-safe for {@link #decide}; {@link #nextChunk()} is
 * called between chunks.
 */
public final class DistinctCases {
    /** {@code -Dsenrules.simulation.distinctCases=false} decides every case, repeated or not; true by default. */
    public static final String PROPERTY = "senrules.simulation.distinctCases";
    /**
     * The most decisions held: a sixteenth of the most heap the JVM may use, at about 768 bytes a
     * decision (600-800 for the shipped rule sets), from 16,384 to 262,144 decisions: about 43,700
     * (5,460 cases of eight policies) under {@code -Xmx512m}. The cap changes how often a repeated
     * case is decided again, never what is decided.
     */
    static final int CAP_DECISIONS = (int) Math.max(16_384, Math.min(262_144, Runtime.getRuntime().maxMemory() / 16 / 768));

    private final SenRules engine;
    private final Class<?> caseType;
    private final Function<CaseInput, List<Object>> content;
    private final String why;
    private final int cap;
    private final ConcurrentHashMap<Key, Held> memo = new ConcurrentHashMap<>();
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong decided = new AtomicLong();
    private final AtomicLong held = new AtomicLong();
    private volatile int chunk;

    private DistinctCases(SenRules engine, Class<?> caseType, Function<CaseInput, List<Object>> content, String why, int cap) {
        this.engine = engine;
        this.caseType = caseType;
        this.content = content;
        this.why = why;
        this.cap = cap;
    }

    /** What a case is keyed by: its content without its id, the policies and the date. */
    private record Key(String ruleSet, LocalDate asOf, List<String> policies, List<Object> content) {
    }

    /** A memo entry: the decisions, and the chunk that last used them. */
    private static final class Held {
        final List<Decision<?>> decisions;
        volatile int used;

        Held(List<Decision<?>> decisions, int used) {
            this.decisions = decisions;
            this.used = used;
        }
    }

    /**
     * The memo for the cases of {@code ruleSet} of type {@code caseType} on {@code engine}: on
     * unless {@link #PROPERTY} is false, the rules may read the case id, or the case's content
     * cannot be read.
     *
     * @throws IllegalArgumentException if {@link #PROPERTY} is set to anything but true or false
     */
    public static DistinctCases of(SenRules engine, String ruleSet, Class<?> caseType) {
        return of(engine, ruleSet, caseType, CAP_DECISIONS);
    }

    static DistinctCases of(SenRules engine, String ruleSet, Class<?> caseType, int cap) {
        if (!enabled()) {
            return new DistinctCases(engine, caseType, null, PROPERTY + " is false", cap);
        }
        String rules = rulesReadTheCaseId(engine, ruleSet, caseType);
        if (rules != null) {
            return new DistinctCases(engine, caseType, null, rules, cap);
        }
        Function<CaseInput, List<Object>> reader = contentReader(caseType);
        if (reader == null) {
            return new DistinctCases(engine, caseType, null, "the content of a " + caseType.getSimpleName()
                    + " case cannot be read field by field", cap);
        }
        return new DistinctCases(engine, caseType, reader, null, cap);
    }

    /** {@link #PROPERTY}: true unless set to false. */
    public static boolean enabled() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("the system property " + PROPERTY + " is true or false, not \"" + v + "\"");
    }

    /**
     * {@code request}'s case decided under each of {@code policies}, in order, as
     * {@link SenRules#decideUnderPolicies} decides it; an earlier case of the same content, date
     * and policies gives its decisions. A case that cannot be decided throws as that method does,
     * and is not held.
     */
    public List<Decision<?>> decide(Request request, List<String> policies) {
        asked.incrementAndGet();
        if (content == null || !caseType.isInstance(request.caseData())) {
            // a case of another type is refused by the engine, as it would be without the memo
            decided.incrementAndGet();
            return engine.decideUnderPolicies(request, policies);
        }
        Key key = new Key(request.ruleSet(), request.asOf(), policies, content.apply(request.caseData()));
        boolean[] made = new boolean[1];
        Held h = memo.computeIfAbsent(key, k -> {
            made[0] = true;
            return new Held(engine.decideUnderPolicies(request, policies), chunk);
        });
        if (made[0]) {
            decided.incrementAndGet();
            held.addAndGet(policies.size());
        } else if (h.used != chunk) {
            h.used = chunk;
        }
        return h.decisions;
    }

    /**
     * Called before each chunk is decided: a memo over its cap drops the cases least recently
     * used, whole chunks at a time, until it holds at most half its cap. Which cases go depends
     * only on the chunks that last used them, so the counts are the same on every run.
     */
    public void nextChunk() {
        int now = ++chunk;
        if (held.get() <= cap) {
            return;
        }
        java.util.TreeMap<Integer, Long> byChunk = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (var e : memo.entrySet()) {
            byChunk.merge(e.getValue().used, (long) e.getKey().policies().size(), Long::sum);
        }
        int keepFrom = now;
        long kept = 0;
        for (var c : byChunk.entrySet()) {
            if (kept + c.getValue() > cap / 2) {
                break;
            }
            kept += c.getValue();
            keepFrom = c.getKey();
        }
        int from = keepFrom;
        memo.values().removeIf(h -> h.used < from);
        held.set(kept);
    }

    /** How many cases were asked for. */
    public long cases() {
        return asked.get();
    }

    /** How many of them the rules decided (the rest reused an earlier case's decisions). */
    public long decided() {
        return decided.get();
    }

    /** Why every case is decided, or {@code null} when repeated cases are decided once. */
    public String off() {
        return why;
    }

    /** One line for a log or a progress report: "decided 48,536 distinct cases of 100,000". */
    public String summary() {
        return why == null ? String.format(java.util.Locale.UK, "decided %,d distinct cases of %,d", decided(), cases())
                : String.format(java.util.Locale.UK, "decided all %,d cases, repeated or not: %s", cases(), why);
    }

    /** Logs {@link #summary()} at debug level, for {@code what} (such as "ehcp-top-up, snapshot"). */
    public void log(String what) {
        System.Logger log = System.getLogger(DistinctCases.class.getName());
        if (log.isLoggable(System.Logger.Level.DEBUG)) {
            log.log(System.Logger.Level.DEBUG, what + ": " + summary());
        }
    }

    /**
     * Why the rules of {@code ruleSet} may read the case id (a rule file in use that names it or a
     * {@code toString}, or that cannot be read), or {@code null} when none does. The rule files are
     * those {@link SenRules#origin} lists: the council's read from disk, the package's as resources.
     */
    static String rulesReadTheCaseId(SenRules engine, String ruleSet, Class<?> caseType) {
        RuleSetOrigin origin;
        try {
            origin = engine.origin(ruleSet);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        for (String file : origin.files()) {
            if (file.endsWith(".json")) {
                continue; // parameter, policy and source files: values, not rules
            }
            String text;
            try {
                text = origin.councilFiles().contains(file) ? Files.readString(Path.of(file), StandardCharsets.UTF_8) : resource(file, caseType);
            } catch (IOException | RuntimeException e) {
                text = null;
            }
            if (text == null) {
                return "the rule file " + file + " cannot be read to check that no rule reads the case id";
            }
            String marker = namesTheCaseId(text);
            if (marker != null) {
                return "the rule file " + file + " names " + marker;
            }
        }
        return null;
    }

    /** The first of {@code caseId}, {@code CaseId} and {@code toString} in a rule file's text, or {@code null}. */
    static String namesTheCaseId(String text) {
        for (String marker : List.of("caseId", "CaseId", "toString")) {
            if (text.contains(marker)) {
                return marker;
            }
        }
        return null;
    }

    private static String resource(String name, Class<?> caseType) throws IOException {
        for (ClassLoader loader : new ClassLoader[] {caseType.getClassLoader(), DistinctCases.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    /**
     * Reads a case's content without its id: the value of every declared field but {@code caseId},
     * in order; {@code null} if the type declares none.
     */
    static Function<CaseInput, List<Object>> contentReader(Class<?> type) {
        CaseFields<?> declared = CaseFields.declaredBy(type);
        if (declared != null) {
            List<CaseFields.Field> fields = declared.fields().stream().filter(f -> !f.name().equals("caseId")).toList();
            return c -> {
                List<Object> values = new ArrayList<>(fields.size() + 1);
                values.add(c.getClass());
                for (CaseFields.Field f : fields) {
                    values.add(f.read(c));
                }
                return values;
            };
        }
        return null;
    }
}
