package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A JSON cohort sent with the query parameters of a CSV cohort is refused naming the first of
 * them in a defined order (ruleSet, asOf, policies), the same on every run.
 */
class SimulationQueryOrderTest {

    @Test
    void jsonCohortWithCsvQueryParameters_isRefusedNamingRuleSetFirst() throws Exception {
        DecisionService s = Services.open();
        // given last in the query, named first: the order is the endpoint's, not the query's or a hash set's
        Http.Response r = Http.post(s, "/v1/simulations?policies=current&asOf=2026-01-15&ruleSet=sspp-top-up", "application/json",
                "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": []}");
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("ruleSet in the query is for a CSV cohort"), r.body());
    }
}
