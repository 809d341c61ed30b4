package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.ParameterSpec;

/** Enumerated and ranged parameters are checked when their file is loaded, with file and line. */
class ParameterTypesTest {
    static final Map<String, ParameterSpec> SPECS = Map.of(
            "eligibleSettings", ParameterSpec.listOf("eligibleSettings", Setting.class, "settings"),
            "model", ParameterSpec.oneOf("model", Setting.class, "one setting"),
            "maxFundedMonths", ParameterSpec.integer("maxFundedMonths", 1, 60, "months").orNone());

    static List<RuleSetProblem> read(String json) {
        List<RuleSetProblem> problems = new ArrayList<>();
        ParameterFile.read(json, "p.json", "default", SPECS, problems);
        return problems;
    }

    static String entry(String name, String value) {
        return "{\n  \"" + name + "\": [\n    { \"from\": \"2025-04-01\", \"value\": " + value + ", \"illustrative\": false }\n  ]\n}";
    }

    @Test
    void enumList_refusesAValueThatIsNotAConstant_withDidYouMean() {
        List<RuleSetProblem> problems = read(entry("eligibleSettings", "[\"MAINSTREAM\"]"));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("error: p.json:3: eligibleSettings: \"MAINSTREAM\" is not a Setting; did you mean MAINSTREAM_SCHOOL? The values are "
                + List.of(Setting.values()), problems.get(0).toString());
    }

    @Test
    void enumList_acceptsConstants_andRefusesDuplicates() {
        assertTrue(read(entry("eligibleSettings", "[\"MAINSTREAM_SCHOOL\", \"NURSERY_SCHOOL\"]")).isEmpty());
        assertTrue(read(entry("eligibleSettings", "[\"NURSERY_SCHOOL\", \"NURSERY_SCHOOL\"]")).get(0).message().contains("listed twice"));
    }

    @Test
    void enumValue_isChecked() {
        assertTrue(read(entry("model", "\"SPECIAL_SCHOOL\"")).isEmpty());
        assertTrue(read(entry("model", "\"SPECIAL\"")).get(0).message().contains("is not a Setting"));
    }

    @Test
    void integerOutsideItsDeclaredRange_isRefused() {
        assertEquals("error: p.json:3: maxFundedMonths: 0 is outside the range declared for it, 1 to 60",
                read(entry("maxFundedMonths", "0")).get(0).toString());
        assertEquals("error: p.json:3: maxFundedMonths: 100000 is outside the range declared for it, 1 to 60",
                read(entry("maxFundedMonths", "100000")).get(0).toString());
        assertTrue(read(entry("maxFundedMonths", "12")).isEmpty());
        assertTrue(read(entry("maxFundedMonths", "null")).isEmpty(), "none is still allowed where declared");
    }

    @Test
    void rulesReadEnumeratedParametersAsText() {
        assertTrue(ParameterView.reads(org.senrules.core.spi.ParameterType.TEXT_LIST, org.senrules.core.spi.ParameterType.ENUM_LIST));
        assertTrue(ParameterView.reads(org.senrules.core.spi.ParameterType.TEXT, org.senrules.core.spi.ParameterType.ENUM));
    }
}
