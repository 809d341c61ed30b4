package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate EHCP.json SSPP.json}: both workstreams' cohorts in one process. Each cohort's
 * console section and files are exactly those of simulating it alone; a refused cohort or option
 * leaves nothing printed or written.
 */
class SeveralCohortsCliTest {
    @TempDir
    Path dir;

    private String[] options(String out) {
        return new String[] {"--years", "2025-26:2027-28", "--parameters", TrajectoryCliTest.rates(), "--hnb",
                CliTest.data("high-needs-forecast/2025-26-q2.json").toString(), "--out", out, "--quiet"};
    }

    private static String[] join(String[] a, String... b) {
        return Stream.concat(Stream.of(b), Stream.of(a)).toArray(String[]::new);
    }

    @Test
    void twoCohorts_eachReportedAsItWouldBeAlone_inItsOwnFolder() throws Exception {
        Path ehcp = dir.resolve("send.json");
        Sen.Result made = Sen.inProcess("cohort", "--kind", "send", "--size", "80", "--seed", "5", "--out", ehcp.toString());
        assertEquals(0, made.exit(), made::toString);
        Path sspp = dir.resolve("send-sspp.json");
        assertTrue(made.out().contains("both in one run: ./sen simulate " + ehcp + " " + sspp), made::toString);

        Sen.Result both = Sen.inProcess(join(options(dir.resolve("both").toString()), "simulate", ehcp.toString(), sspp.toString()));
        assertEquals(0, both.exit(), both::toString);
        Sen.Result aloneEhcp = Sen.inProcess(join(options(dir.resolve("ehcp").toString()), "simulate", ehcp.toString()));
        Sen.Result aloneSspp = Sen.inProcess(join(options(dir.resolve("sspp").toString()), "simulate", sspp.toString()));
        assertEquals(0, aloneEhcp.exit(), aloneEhcp::toString);
        assertEquals(0, aloneSspp.exit(), aloneSspp::toString);

        String expected = "==== Cohort 1 of 2: " + ehcp + " ====\n\n"
                + aloneEhcp.out().replace(dir.resolve("ehcp").toString(), dir.resolve("both/send").toString())
                + "\n==== Cohort 2 of 2: " + sspp + " ====\n\n"
                + aloneSspp.out().replace(dir.resolve("sspp").toString(), dir.resolve("both/send-sspp").toString());
        assertEquals(expected, both.out());
        assertTrue(both.out().contains("Simulation of ehcp-top-up") && both.out().contains("Simulation of sspp-top-up"));

        for (String[] pair : List.of(new String[] {"ehcp", "both/send"}, new String[] {"sspp", "both/send-sspp"})) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir.resolve(pair[0]))) {
                files = s.sorted().toList();
            }
            assertTrue(files.size() >= 8, files::toString);
            for (Path f : files) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve(pair[1]).resolve(f.getFileName())),
                        pair[1] + "/" + f.getFileName());
            }
        }
    }

    @Test
    void aRefusedCohortOrOption_leavesNothingPrintedOrWritten() throws Exception {
        Path ehcp = dir.resolve("e.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "send", "--size", "20", "--seed", "5", "--out", ehcp.toString()).exit());
        Path sspp = dir.resolve("e-sspp.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sspp).replaceFirst("\"setting\": \"MAINSTREAM_SCHOOL\"", "\"setting\": \"MOON_BASE\""));
        Path out = dir.resolve("out");

        Sen.Result refused = Sen.inProcess(join(options(out.toString()), "simulate", ehcp.toString(), bad.toString()));
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.out().startsWith("{") && refused.out().contains("\"path\" : \"cases[0].setting\""), refused::toString);
        assertFalse(refused.out().contains("Simulation of"), "the first cohort's report is not printed either");
        assertTrue(refused.err().contains("cohort 2 of 2, " + bad + ", is refused; nothing was simulated"), refused::toString);
        assertFalse(Files.exists(out), "nothing written");

        Sen.Result policies = Sen.inProcess("simulate", ehcp.toString(), sspp.toString(), "--policies", "current");
        assertEquals(2, policies.exit());
        assertTrue(policies.err().contains("--policies is for one cohort (its rule set's policies, cases or values); with 2 cohort files"),
                policies::toString);
        Files.createDirectories(dir.resolve("other"));
        Files.copy(ehcp, dir.resolve("other/e.json"));
        Sen.Result sameName = Sen.inProcess("simulate", ehcp.toString(), dir.resolve("other/e.json").toString());
        assertEquals(2, sameName.exit());
        assertTrue(sameName.err().contains("would write their reports to the same folder, e: give the cohorts files of different names"),
                sameName::toString);
        Sen.Result stdin = Sen.inProcess("simulate", ehcp.toString(), "-");
        assertEquals(2, stdin.exit());
        assertTrue(stdin.err().contains("a cohort from standard input (-) is read alone"), stdin::toString);
        Sen.Result missing = Sen.inProcess("simulate", ehcp.toString(), dir.resolve("none.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("none.json: no such file"), missing::toString);
    }
}
