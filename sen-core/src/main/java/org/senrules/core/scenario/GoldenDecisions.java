package org.senrules.core.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Violation;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.internal.DecisionWriter;
import org.senrules.core.internal.Json;

/**
 * A recorded set of decisions that the test run re-checks, so that no change to the rules, the
 * parameters, Drools or Jackson changes an outcome silently. Each decision is stored compactly
 * (gzip, one JSON line: rule set, policy, case id, outcome, the ids of the rules that fired and
 * the parameters' fingerprint).
 *
 * <p>Re-record after an intended change by running the tests with the system property
 * {@code senrules.golden=record} (for example
 * {@code mvn -pl sen-funding-rules -am test -Dsenrules.golden=record}); the commit then shows
 * which decisions changed.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class GoldenDecisions {
    /** The system property that switches from checking to recording. */
    public static final String RECORD_PROPERTY = "senrules.golden";
    private static final int SHOWN = 20;

    private GoldenDecisions() {
    }

    /**
     * Decides every request and compares with the file, or records the file when
     * {@code -Dsenrules.golden=record}.
     *
     * @return the differences, each "key: expected …, actual …"; empty when all match (or when recording)
     */
    public static List<String> check(SenRules engine, Path file, List<Request> requests) {
        Map<String, String> actual = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            String key = String.format("%s/%s/%s/#%05d/%s", r.ruleSet(), r.policy(), r.asOf(), i, r.caseData().caseId());
            try {
                actual.put(key, line(engine.decide(r)));
            } catch (InvalidRequestException e) {
                // which inputs are refused, and where, is behaviour worth pinning too
                actual.put(key, "refused " + e.violations().stream().map(Violation::path).toList());
            }
        }
        if ("record".equals(System.getProperty(RECORD_PROPERTY))) {
            record(file, actual);
            return List.of();
        }
        if (!Files.exists(file)) {
            return List.of("no recorded decisions at " + file + "; record them with -D" + RECORD_PROPERTY + "=record and commit the file");
        }
        Map<String, String> expected = read(file);
        List<String> differences = new ArrayList<>();
        int changed = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String now = actual.get(e.getKey());
            if (!e.getValue().equals(now)) {
                changed++;
                if (differences.size() < SHOWN) {
                    differences.add(e.getKey() + ":\n    recorded " + e.getValue() + "\n    now      " + (now == null ? "(no such decision)" : now));
                }
            }
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                changed++;
                if (differences.size() < SHOWN) {
                    differences.add(k + ": not recorded");
                }
            }
        }
        if (changed > SHOWN) {
            differences.add("… and " + (changed - SHOWN) + " more");
        }
        if (changed > 0) {
            differences.add(0, changed + " of " + expected.size() + " recorded decisions differ from " + file
                    + "; if the change is intended, re-record with -D" + RECORD_PROPERTY + "=record");
        }
        return differences;
    }

    private static String line(Decision<?> d) {
        try {
            ObjectNode outcome = (ObjectNode) Json.mapper().readTree(DecisionWriter.outcome(d.outcome()));
            ObjectNode n = Json.mapper().createObjectNode();
            n.set("outcome", outcome);
            var rules = n.putArray("rules");
            for (Reason r : d.reasons()) {
                rules.add(r.rule());
            }
            n.put("parameters", d.parametersFingerprint().substring(0, Math.min(23, d.parametersFingerprint().length())));
            return Json.mapper().writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(Path file, Map<String, String> decisions) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                    StandardCharsets.UTF_8))) {
                for (Map.Entry<String, String> e : decisions.entrySet()) {
                    w.write(e.getKey());
                    w.write('\t');
                    w.write(e.getValue());
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + file, e);
        }
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                int tab = l.indexOf('\t');
                out.put(l.substring(0, tab), l.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
