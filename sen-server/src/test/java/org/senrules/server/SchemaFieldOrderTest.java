package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.OutcomeFields;

/**
 * The published schemas list a rule set's fields in the order its pack declares them, the order
 * the decision JSON writes them: the outcome by its {@link OutcomeFields}, the case by its
 * {@link CaseFields}. Never in the order reflection lists a class's fields, which the JDK does
 * not specify.
 */
class SchemaFieldOrderTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** sspp-top-up's outcome fields as SsppRuleSet declares them. */
    static final List<String> SSPP_OUTCOME = List.of("considered", "eligible", "decisionGroup", "supportUnits", "topUp", "fundedFrom",
            "fundedUntil", "renewable");

    @Test
    void ruleSetSchema_listsTheOutcomeAndCaseInTheirDeclaredOrder() throws Exception {
        DecisionService s = Services.open();
        JsonNode schema = JSON.readTree(Http.get(s, "/v1/rule-sets/sspp-top-up/schema").body());
        List<String> declared = OutcomeFields.declaredBy(Class.forName("org.senrules.funding.sspp.SsppOutcome")).names();
        assertEquals(SSPP_OUTCOME, declared);
        assertEquals(declared, names(schema.at("/$defs/outcome/properties")));
        assertEquals(declared, texts(schema.at("/$defs/outcome/required")));
        List<String> caseFields = CaseFields.declaredBy(Class.forName("org.senrules.funding.sspp.SsppCase")).names();
        assertEquals(caseFields, names(schema.at("/$defs/case/properties")));
    }

    @Test
    void openApiComponents_listTheOutcomeAndCaseInTheirDeclaredOrder() throws Exception {
        DecisionService s = Services.open();
        JsonNode schemas = JSON.readTree(Http.get(s, "/openapi.json").body()).at("/components/schemas");
        assertEquals(SSPP_OUTCOME, names(schemas.path("SsppTopUpOutcome").path("properties")));
        assertEquals(CaseFields.declaredBy(Class.forName("org.senrules.funding.sspp.SsppCase")).names(),
                names(schemas.path("SsppTopUpCase").path("properties")));
    }

    @Test
    void decisionJson_writesTheOutcomeInTheSchemasOrder() throws Exception {
        DecisionService s = Services.open();
        JsonNode decision = JSON.readTree(Http.post(s, "/v1/decisions", "application/json",
                Http.example("sspp-top-up/eligible-mainstream.json")).body());
        assertEquals(SSPP_OUTCOME, names(decision.path("outcome")));
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
