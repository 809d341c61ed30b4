package org.senrules.oag.internal;

import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.oag.engagement.EngagementModelCase;
import org.senrules.oag.engagement.EngagementModelOutcome;
import org.senrules.oag.engagement.EngagementModel;

/**
 * The definition of {@code engagement-model}. It has no parameters (its terms are national
 * definitions); its parameter file declares only its criteria.
 */
final class EngagementModelRuleSet {
    static final String ID = EngagementModel.ID;
    static final String VERSION = "1.0.0";
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private EngagementModelRuleSet() {
    }

    static RuleSetDefinition<EngagementModelCase, EngagementModelOutcome> definition() {
        return RuleSetDefinition.builder(EngagementModel.RULE_SET, VERSION)
                .title("Whether the Engagement Model applies to a pupil")
                .outcome(EngagementModelOutcome::new)
                .outcomeFields(OutcomeFields.of(EngagementModelOutcome.class)
                        .field("applies", EngagementModelOutcome::isApplies)
                        .field("areas", EngagementModelOutcome::getAreas))
                .rules(RuleResource.of(EngagementModelRuleSet.class, DIR + ID + ".drl"))
                .phases("criteria", "grant")
                .sources(OagRulePack.SOURCES)
                .parameterDefaults(RuleResource.of(EngagementModelRuleSet.class, DIR + ID + ".parameters.json"))
                .build();
    }
}
