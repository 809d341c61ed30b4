package org.senrules.oag;

import java.util.List;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * A test-only rule set that uses the shared graduated-approach rules exactly as the Javadoc of
 * {@link GraduatedApproach} tells another rule set to: add the rule file, its phase, the parameter
 * and the two criteria, insert the evidence, grant on every criterion met, match the findings.
 */
public class GraduatedApproachCheckPack implements RulePack {
    static final String ID = "graduated-approach-check";
    private static final String DIR = "META-INF/senrules/graduated-approach-check/";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "graduated approach test pack";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(RuleSetDefinition.builder(ID, "1.0.0", GraduatedApproachCheckCase.class, GraduatedApproachCheckOutcome.class)
                .outcome(GraduatedApproachCheckOutcome::new)
                .outcomeFields(GraduatedApproachCheckOutcome.fields())
                .rules(RuleResource.of(GraduatedApproachCheckPack.class, DIR + "graduated-approach-check.drl"))
                .rules(GraduatedApproach.rules())
                .phases(GraduatedApproach.PHASE, "grant")
                .parameterDefaults(RuleResource.of(GraduatedApproachCheckPack.class, DIR + "graduated-approach-check.parameters.json"))
                .parameter(GraduatedApproach.minimumCyclesParameter())
                .facts(c -> List.of(new GraduatedApproachEvidence(c.cyclesCompleted(), c.reviewedWithParents())))
                .build());
    }
}
