package org.senrules.funding.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senrules.core.SenRules;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.Requests;
import org.senrules.funding.internal.TestEngines;

/** high-needs-forecast from JSON: bad input on every field, including the nested ones. */
class ForecastInputTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<ForecastCase, ForecastOutcome>of(HighNeedsForecast.ID));

    static Map<String, String> valid() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", "\"HNB-1\"");
        m.put("financialYear", "\"2025-26\"");
        m.put("broughtForward", "\"42583000.00\"");
        m.put("budget", "\"268248000.00\"");
        m.put("forecasts", "[{\"quarter\":1,\"outturn\":\"279858000.00\"},{\"quarter\":2,\"outturn\":\"279421000.00\"}]");
        m.put("pressures", "[{\"name\":\"Out-of-area placements\",\"amount\":\"1812000.00\"}]");
        return m;
    }

    @Test
    void validJson_withoutOptionalFields_isDecided() {
        Map<String, String> fields = Requests.with(Requests.with(valid(), "caseId", null), "pressures", null);
        var answer = ENGINE.json().answer(Requests.json(HighNeedsForecast.ID, "2025-11-15", fields));
        assertTrue(answer.decided(), answer.json());
        assertTrue(answer.json().contains("\"caseId\" : \"2025-26\""), answer.json());
        assertTrue(answer.json().contains("\"pressuresTotal\" : null"), answer.json());
    }

    @Test
    void negativeBroughtForward_isADeficitNotAnError() {
        var answer = ENGINE.json().answer(Requests.json(HighNeedsForecast.ID, "2025-11-15",
                Requests.with(valid(), "broughtForward", "\"-5000000.00\"")));
        assertTrue(answer.decided(), answer.json());
        assertTrue(answer.json().contains("\"cumulativeReserve\" : \"-16173000.00\""), answer.json());
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource(delimiter = '|', value = {
        "caseId         | ''                                                   | case.caseId",
        "caseId         | '42'                                                 | case.caseId",
        "financialYear  | '\"2025/26\"'                                        | case.financialYear",
        "financialYear  | '\"2025-27\"'                                        | case.financialYear",
        "financialYear  |                                                      | case.financialYear",
        "broughtForward | '\"42.583m\"'                                        | case.broughtForward",
        "broughtForward | '42583000'                                           | case.broughtForward",
        "broughtForward |                                                      | case.broughtForward",
        "budget         | '\"-1.00\"'                                          | case.budget",
        "budget         | '\"268248000.5\"'                                    | case.budget",
        "budget         |                                                      | case.budget",
        "forecasts      |                                                      | case.forecasts",
        "forecasts      | '[]'                                                 | case.forecasts",
        "forecasts      | '{\"quarter\":1}'                                    | case.forecasts",
        "forecasts      | '[{\"quarter\":1,\"outturn\":\"1.00\"},{\"quarter\":1,\"outturn\":\"2.00\"}]' | case.forecasts[1].quarter",
        "forecasts      | '[{\"quarter\":0,\"outturn\":\"1.00\"}]'             | case.forecasts[0].quarter",
        "forecasts      | '[{\"quarter\":5,\"outturn\":\"1.00\"}]'             | case.forecasts[0].quarter",
        "forecasts      | '[{\"outturn\":\"1.00\"}]'                           | case.forecasts[0].quarter",
        "forecasts      | '[{\"quarter\":1,\"outturn\":\"-1.00\"}]'            | case.forecasts[0].outturn",
        "forecasts      | '[{\"quarter\":1}]'                                  | case.forecasts[0].outturn",
        "forecasts      | '[{\"quarter\":1,\"outturn\":\"1.00\",\"note\":\"x\"}]' | case.forecasts[0].note",
        "forecasts      | '[{\"quarter\":1,\"outturn\":\"1.00\"},{\"quarter\":2,\"outturn\":\"1.00\"},{\"quarter\":3,\"outturn\":\"1.00\"},{\"quarter\":4,\"outturn\":\"1.00\"},{\"quarter\":4,\"outturn\":\"1.00\"}]' | case.forecasts",
        "pressures      | '[{\"amount\":\"1.00\"}]'                            | case.pressures[0].name",
        "pressures      | '[{\"name\":\"\",\"amount\":\"1.00\"}]'              | case.pressures[0].name",
        "pressures      | '[{\"name\":\"Growth\",\"amount\":\"lots\"}]'        | case.pressures[0].amount",
        "pressures      | '[{\"name\":\"Growth\"}]'                            | case.pressures[0].amount",
        "pressures      | '\"Growth\"'                                         | case.pressures",
        "reserve        | '\"31410000.00\"'                                    | case.reserve",
    })
    void badField_isRejectedWithItsPath(String field, String rawValue, String path) {
        String raw = rawValue == null ? null : rawValue.isEmpty() ? "\"\"" : rawValue; // '' in the table is empty text
        Requests.assertRejectedAt(ENGINE, Requests.json(HighNeedsForecast.ID, "2025-11-15", Requests.with(valid(), field, raw)), path);
    }
}
