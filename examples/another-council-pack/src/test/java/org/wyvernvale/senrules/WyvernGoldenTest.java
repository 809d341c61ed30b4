package org.wyvernvale.senrules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.testkit.GoldenDecisions;
import org.senrules.testkit.RequestFuzzer;
import org.wyvernvale.senrules.banding.PlaceBandCase;

/**
 * A third-party pack uses senrules' test kit as senrules' own packs do: every setting, need and
 * level under both policies is recorded as golden decisions that the pack's jar ships (so that
 * {@code sen validate --rules DIR} replays them with a council's edits), and its scenarios seed
 * the request fuzzer. Re-record after an intended change with
 * {@code mvn -pl examples/another-council-pack -am test -Dsenrules.golden=record}.
 */
class WyvernGoldenTest {
    @Test
    void decisionsMatchTheRecording() {
        List<Request> requests = new ArrayList<>();
        int n = 0;
        for (String policy : List.of("current", "flat-special-bands")) {
            for (Setting setting : Setting.values()) {
                for (PrimaryNeed need : PrimaryNeed.values()) {
                    for (int level = 1; level <= 5; level++) {
                        requests.add(new Request("wyvern-place-band", LocalDate.of(2025, 9, 1), policy,
                                new PlaceBandCase("W-" + n++, setting, need, level)));
                    }
                }
            }
        }
        List<String> diff = GoldenDecisions.check(WyvernValePackTest.ENGINE,
                GoldenDecisions.folder(Path.of("src/main/resources"), "wyvern-place-band"), requests);
        assertTrue(diff.isEmpty(), String.join("\n", diff));
    }

    @Test
    void fuzzedScenarioRequests_areDecidedOrRefused_neverAnException() {
        RequestFuzzer.Report r = RequestFuzzer.run(WyvernValePackTest.ENGINE, Path.of("src/test/scenarios/wyvern-place-band"), 20260115L, 500);
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        assertTrue(r.decided() > 0 && r.refused() > 0, r.toString());
    }
}
