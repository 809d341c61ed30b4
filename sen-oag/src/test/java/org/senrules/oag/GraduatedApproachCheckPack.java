package org.senrules.oag;

import java.util.List;
import org.senrules.core.RuleSetKey;
import org.senrules.core.spi.DeclaredTypes;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * A test-only rule set that uses the shared graduated-approach rules exactly as the Javadoc of
 * {@link GraduatedApproach} tells another rule set to: its declaration lists the rule file, the
 * shared values, the phase and the two criteria; its pack hands the shared values to the engine,
 * inserts the evidence, and its rules grant on every criterion met and match the findings.
 */
public class GraduatedApproachCheckPack implements RulePack {
    static final String ID = "graduated-approach-check";
    static final RuleSetKey<GraduatedApproachCheckCase, GraduatedApproachCheckOutcome> RULE_SET = RuleSetKey.of(ID,
            GraduatedApproachCheckCase.class, GraduatedApproachCheckOutcome.class);
    static final String DECLARATION = "META-INF/senrules/graduated-approach-check/graduated-approach-check.rule-set.json";

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
        context.add(definition(DECLARATION).build());
    }

    /** The rule set from the declaration at {@code path}, with the shared values and the evidence. */
    static RuleSetDefinition.Builder<GraduatedApproachCheckCase, GraduatedApproachCheckOutcome> definition(String path) {
        return RuleSetDefinition.declared(RuleResource.of(GraduatedApproachCheckPack.class, path),
                        DeclaredTypes.of(RULE_SET, GraduatedApproachCheckCase.fields(), GraduatedApproachCheckOutcome.fields(),
                                GraduatedApproachCheckOutcome::new, null, null, List.of()), GraduatedApproach.values())
                .facts(c -> List.of(new GraduatedApproachEvidence(c.cyclesCompleted(), c.reviewedWithParents())));
    }
}
