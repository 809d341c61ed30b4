package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.DecisionJson;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.oag.ProvisionLine;

/**
 * Replays the hostile-input corpus ({@code src/test/hostile/requests}: every input of issue 14
 * and those found since, each a file, with its expected answer in {@code corpus.tsv}) through
 * every entry point that reads JSON: {@code answer(InputStream)} (the command line's and the
 * stream reader's path), {@code answer(String)} and {@code readDocument}. Each must give its
 * expected answer, the same bytes by every path, and a refusal never repeats the input's text.
 * Prints the counts: tried, refused, decided, crashed, hung.
 */
class HostileCorpusTest {
    static final SenRules ENGINE = SenRules.builder().build();
    static final Path CORPUS = Path.of("src/test/hostile/requests");
    static final ObjectMapper JSON = new ObjectMapper();
    static int tried;
    static int refused;
    static int decided;
    static int crashed;
    static int hung;

    record Entry(String file, String expected, String needle, String note) {
    }

    static List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("corpus.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Entry(f[0], f[1], f[2], f[3]));
        }
        return out;
    }

    @AfterAll
    static void counts() {
        System.out.println("hostile corpus: " + tried + " tried, " + refused + " refused, " + decided + " decided, "
                + crashed + " crashed, " + hung + " hung");
    }

    @Test
    void everyCorpusInput_getsItsExpectedAnswer_byEveryPath() throws Exception {
        List<Entry> entries = entries();
        assertTrue(entries.size() >= 60, "the corpus lost inputs: " + entries.size());
        List<String> wrong = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-corpus");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Entry e : entries) {
                byte[] bytes = Files.readAllBytes(CORPUS.resolve(e.file()));
                tried++;
                Future<String> run = worker.submit(() -> check(e, bytes));
                String problem;
                try {
                    problem = run.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException t) {
                    hung++;
                    run.cancel(true);
                    problem = "hung";
                } catch (java.util.concurrent.ExecutionException x) {
                    crashed++;
                    problem = "crashed: " + x.getCause();
                }
                if (problem != null) {
                    wrong.add(e.file() + " (" + e.note() + "): " + problem);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(0, crashed);
        assertEquals(0, hung);
    }

    /** Null if the input got its expected answer by every path, else what was wrong. */
    static String check(Entry e, byte[] bytes) throws IOException {
        DecisionJson.Answer streamed = ENGINE.json().answer(new ByteArrayInputStream(bytes));
        String text = strictText(bytes);
        if (text != null) {
            DecisionJson.Answer fromText = ENGINE.json().answer(text);
            if (!fromText.json().equals(streamed.json())) {
                return "answer(String) and answer(InputStream) differ:\n" + fromText.json() + "\n" + streamed.json();
            }
        }
        if (!ENGINE.json().answer(new ByteArrayInputStream(bytes)).json().equals(streamed.json())) {
            return "a second answer differs from the first";
        }
        JsonNode root = JSON.readTree(streamed.json());
        boolean isCohort = root.has("decisions");
        if (streamed.decided()) {
            decided++;
        } else {
            refused++;
        }
        switch (e.expected()) {
            case "refused":
                if (streamed.decided() || !root.path("error").asText().equals("invalid-request")) {
                    return "expected an invalid-request, got " + streamed.json();
                }
                String shown = streamed.json();
                if (shown.contains("Dorothea")) {
                    return "the refusal repeats the input's text: " + shown;
                }
                for (char c : JSON.writeValueAsString(JSON.readTree(shown)).toCharArray()) {
                    if (Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029' || (c >= 0x80 && c < 0xa0)) {
                        return "the refusal holds an invisible or control character U+" + Integer.toHexString(c);
                    }
                }
                break;
            case "decided":
                if (!streamed.decided() || isCohort) {
                    return "expected one decision, got " + streamed.json();
                }
                if (ENGINE.json().readDocument(new ByteArrayInputStream(bytes)).cohort()) {
                    return "read as a cohort";
                }
                break;
            case "cohort":
                if (!streamed.decided() || !isCohort) {
                    return "expected a cohort's decisions, got " + streamed.json();
                }
                if (!ENGINE.json().readDocument(new ByteArrayInputStream(bytes)).cohort()) {
                    return "not read as a cohort";
                }
                break;
            default:
                return "unknown expectation " + e.expected();
        }
        if (!streamed.json().contains(e.needle())) {
            return "the answer does not contain " + e.needle() + ":\n" + streamed.json();
        }
        return null;
    }

    private static String strictText(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void theRuleSetsInARefusal_areSorted() throws IOException {
        JsonNode e = JSON.readTree(ENGINE.json().answer(Files.readString(CORPUS.resolve("unknown-rule-set.json"))).json());
        String message = e.path("violations").get(0).path("message").asText();
        List<String> listed = List.of(message.substring(message.indexOf('[') + 1, message.indexOf(']')).split(", "));
        assertEquals(listed.stream().sorted().toList(), listed, message);
    }

    /** A stream past the size cap is refused once the cap is passed: it is never read to its end. */
    @Test
    void aStreamPastTheSizeCap_isRefusedWhenTheCapIsPassed() {
        long cap = 512L * 1024 * 1024;
        CountingPadding in = new CountingPadding("{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", ", cap + 64L * 1024 * 1024);
        DecisionJson.Answer a = ENGINE.json().answer(in);
        tried++;
        refused += a.decided() ? 0 : 1;
        assertFalse(a.decided());
        assertTrue(a.json().contains("larger than 512 MiB"), a.json());
        assertTrue(in.read <= cap + 1024 * 1024, "read " + in.read + " bytes of a stream past the cap");
    }

    /** Java-built requests get the same bounds: dates and numbers that overflowed are refused, not thrown. */
    @Test
    void javaBuiltRequests_areBoundedAsJsonOnesAre() {
        // refused when built, with the paths a request would give
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> MainstreamTopUpCase.builder()
                .caseId("H-J")
                .planStatus(PlanStatus.EHCP)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(new ProvisionLine("a", Integer.MAX_VALUE, null), new ProvisionLine("b", Integer.MAX_VALUE, null)))
                .build());
        assertTrue(e.getMessage().contains("case.provision[0].supportUnits"), e.getMessage());
        MainstreamTopUpCase fine = MainstreamTopUpCase.builder()
                .caseId("H-J")
                .planStatus(PlanStatus.EHCP)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(new ProvisionLine("a", 2, null)))
                .build();
        for (LocalDate extreme : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
            InvalidRequestException x = assertThrows(InvalidRequestException.class,
                    () -> ENGINE.decide(new Request("mainstream-top-up", extreme, "current", fine)));
            assertTrue(x.getMessage().contains("asOf: must be a date from 1950-01-01 to 2149-12-31"), x.getMessage());
            tried++;
            refused++;
        }
        tried++;
        refused++;
    }

    /** A generated stream: a prefix, then spaces, counting what was read. */
    static final class CountingPadding extends InputStream {
        private final byte[] prefix;
        private final long length;
        long read;

        CountingPadding(String prefix, long length) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            return read < prefix.length ? prefix[(int) read++] : pad();
        }

        private int pad() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = read + i < prefix.length ? prefix[(int) (read + i)] : (byte) ' ';
            }
            read += n;
            return n;
        }
    }
}
