package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.DecisionException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.oag.ProvisionLine;

/**
 * No name, date of birth or free-text provision description reaches the logs, at any level,
 * whatever happens: engine start, decisions, refusals and rule failures. Runs in its own surefire
 * execution with every logger at TRACE (see the pom), and captures what SLF4J writes.
 */
class PersonalDataLogTest {
    static final String NAME = "Amelia Pond";
    static final String BIRTH = "2015-03-02";
    static final String DESCRIPTION = "1:1 support for Amelia Pond (born 2015-03-02) at lunchtime";

    @Test
    void nothingPersonalIsLogged_andCasesPrintOnlyTheirId(@TempDir Path dir) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        MainstreamTopUpCase aCase = MainstreamTopUpCase.builder()
                .caseId("P-0042")
                .planStatus(PlanStatus.EHCP)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(new ProvisionLine(DESCRIPTION, 3, null), new ProvisionLine(NAME, 2, null)))
                .build();
        try {
            SenRules engine = SenRules.builder().build();
            engine.decide(Request.of("mainstream-top-up", LocalDate.of(2026, 1, 15), aCase));
            String json = "{\"ruleSet\":\"mainstream-top-up\",\"asOf\":\"" + BIRTH + "\",\"case\":{\"caseId\":\"P-0043\","
                    + "\"childName\":\"" + NAME + "\",\"dateOfBirth\":\"" + BIRTH + "\",\"planStatus\":\"EHCP\","
                    + "\"setting\":\"MAINSTREAM_SCHOOL\",\"phase\":\"SCHOOL_AGE\",\"provision\":[{\"description\":\"" + DESCRIPTION
                    + "\",\"supportUnits\":-1}]}}";
            assertFalse(engine.json().answer(json).decided());
            engine.json().answer(json.replace("-1}", "1}").replace(",\"childName\":\"" + NAME + "\",\"dateOfBirth\":\"" + BIRTH + "\"", ""));

            // a rule author's broken edit: the rule fails while deciding
            Path rules = dir.resolve("rules");
            Files.createDirectories(rules);
            String drl = new String(SenRules.class.getClassLoader() == null ? new byte[0]
                    : org.senrules.core.spi.RuleResource.of(MainstreamTopUpCase.class,
                    "META-INF/senrules/mainstream-top-up/mainstream-top-up.drl").read().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            Files.writeString(rules.resolve("mainstream-top-up.drl"), drl.replace("then\n", "then\n    if (true) { throw new IllegalStateException(\"boom\"); }\n"));
            SenRules broken = SenRules.builder().rulesDirectory(rules).build();
            assertThrows(DecisionException.class, () -> broken.decide(Request.of("mainstream-top-up", LocalDate.of(2026, 1, 15), aCase)));
        } finally {
            System.setErr(original);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("TRACE") || logs.contains("DEBUG"), "the capture works and logging is at its most verbose");
        assertFalse(logs.contains("Amelia"), "a name reached the logs");
        assertFalse(logs.contains("Pond"), "a name reached the logs");
        assertFalse(logs.contains(BIRTH), "a date of birth reached the logs");
        assertFalse(logs.contains("lunchtime"), "a provision description reached the logs");
        assertTrue(aCase.toString().contains("P-0042") && !aCase.toString().contains("Amelia") && !aCase.toString().contains("lunchtime"),
                aCase.toString());
    }
}
