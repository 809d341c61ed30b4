package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.DeclaredTypes;
import org.senrules.core.spi.PlacementRole;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;
import org.senrules.core.testpack.TestTopUpOutcome;
import org.senrules.core.testpack.TestTopUpValues;

/**
 * A declaration's {@code "roles"}: the case fields a simulator reads for a role are the ones the
 * declaration names, and a role that names a field the case or outcome lacks, or one of the wrong
 * type, is refused when the declaration loads, naming the file and what would be valid.
 */
class RolesDeclarationTest {
    private static final String DIR = "META-INF/senrules/roles-check/";

    private static RuleSetDefinition<TestTopUpCase, TestTopUpOutcome> declared(String file) {
        return RuleSetDefinition.declared(RuleResource.of(TestPack.class, DIR + file),
                DeclaredTypes.of(RuleSetKey.of("roles-check", TestTopUpCase.class, TestTopUpOutcome.class), TestTopUpCase.fields(),
                        TestTopUpOutcome.fields(), TestTopUpOutcome::new, TestTopUpValues.class, TestTopUpValues::new, List.of(Setting.class)))
                .build();
    }

    @Test
    void placementRole_readsTheFieldsTheDeclarationNames() {
        RuleSetDefinition<TestTopUpCase, TestTopUpOutcome> d = declared("roles-check.rule-set.json");
        PlacementRole role = d.placementRole();
        TestTopUpCase special = new TestTopUpCase("P-1", Setting.SPECIAL_SCHOOL, true, 7, 3, null);
        assertEquals(Setting.SPECIAL_SCHOOL, role.setting(special));
        assertEquals(7, role.ncYear(special));
        assertEquals(3, role.complexityLevel(special));
        // the areas map the setting's values in declaration order, four areas round: SPECIAL_SCHOOL is the fifth, the first area
        assertEquals(AreaOfNeed.COMMUNICATION_AND_INTERACTION, role.areaOfNeed(special));
        assertEquals(AreaOfNeed.SEMH, role.areaOfNeed(new TestTopUpCase("P-2", Setting.MAINSTREAM_SCHOOL, true, 7, 3, null)));
        assertNull(d.forecastRole(), "the declaration gives no forecast role");
    }

    @Test
    void placementRole_withoutAnOtherwise_givesNoArea_whenTheClassifyingFieldIsEmpty() {
        PlacementRole role = declared("roles-check.rule-set.json").placementRole();
        assertNull(role.areaOfNeed(new TestTopUpCase("P-3", null, true, 7, 3, null)));
    }

    @Test
    void rolesNamingMissingOrWronglyTypedFields_areRefusedWhenTheDeclarationLoads_namingTheFileAndWhatIsValid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> declared("roles-broken.rule-set.json"));
        String m = e.getMessage();
        assertTrue(m.startsWith(DIR + "roles-broken.rule-set.json cannot be read"), m);
        List<String> expected = List.of(
                "roles: unknown key \"tiers\"; the roles are [placement, highNeedsForecast]",
                "roles: placement: \"setting\" names case field \"settin\", which the case does not have; did you mean setting?",
                "roles: placement: \"ncYear\" names case field \"note\" of type String, not Integer",
                "roles: placement: \"areas\" maps \"CLINIC\", which is not a value of Setting; its values are [EARLY_YEARS_SETTING, "
                        + "NURSERY_SCHOOL, MAINSTREAM_SCHOOL, RESOURCE_BASE, SPECIAL_SCHOOL, POST_16]",
                "roles: placement: \"areas\" maps \"NURSERY_SCHOOL\" to \"SPEECH\", which is not an area of need; the areas are "
                        + "[COMMUNICATION_AND_INTERACTION, COGNITION_AND_LEARNING, SEMH, SENSORY_AND_PHYSICAL]",
                "roles: placement: \"areas\" leaves value \"MAINSTREAM_SCHOOL\" of Setting without an area",
                "roles: highNeedsForecast: \"financialYear\" names case field \"note\" of type String, not FinancialYear",
                "roles: highNeedsForecast: \"budget\" names case field \"requestedUnits\" of type int, not Money",
                "roles: highNeedsForecast: \"field\" names case field \"note\" of type String, not List",
                "roles: highNeedsForecast: \"variance\" names outcome field \"units\" of type integer, not money",
                "roles: highNeedsForecast: \"overspend\" names outcome field \"considerd\", which the outcome does not have; did you "
                        + "mean considered?");
        for (String problem : expected) {
            assertTrue(m.contains(problem), () -> "missing: " + problem + "\nin: " + m);
        }
        // each problem with its line in the file
        assertTrue(m.contains("roles-broken.rule-set.json:"), m);
    }
}
