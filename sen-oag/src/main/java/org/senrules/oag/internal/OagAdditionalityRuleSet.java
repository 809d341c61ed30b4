package org.senrules.oag.internal;

import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.oag.NumberedProvisionLine;
import org.senrules.oag.OagCatalogue;
import org.senrules.oag.additionality.AdditionalityCase;
import org.senrules.oag.additionality.AdditionalityOutcome;
import org.senrules.oag.additionality.OagAdditionality;

/** The definition of {@code oag-additionality}. */
final class OagAdditionalityRuleSet {
    static final String ID = OagAdditionality.ID;
    static final String VERSION = "1.1.0";

    private OagAdditionalityRuleSet() {
    }

    /**
     * The rule set over a catalogue. The catalogue is a global so that the rules consult it on the
     * decision date; the lines are facts without their free-text descriptions.
     */
    static RuleSetDefinition<AdditionalityCase, AdditionalityOutcome> definition(OagCatalogue catalogue) {
        return RuleSetDefinition.builder(OagAdditionality.RULE_SET, VERSION)
                .title("Which provision lines are ordinarily available for the phase and which are additional")
                .outcome(AdditionalityOutcome::new)
                .outcomeFields(OutcomeFields.of(AdditionalityOutcome.class)
                        .field("lines", AdditionalityOutcome::getLines)
                        .field("additionalCount", AdditionalityOutcome::getAdditionalCount)
                        .field("draftGuidance", AdditionalityOutcome::isDraftGuidance))
                .rules(RuleResource.of(OagAdditionalityRuleSet.class, "META-INF/senrules/oag-additionality/oag-additionality.drl"))
                // no criteria: it classifies every line and grants nothing
                .phases("guidance", "lines")
                .sources(OagRulePack.SOURCES)
                .global("oag", catalogue)
                // the same catalogue checks the request's item ids, so an id accepted is always known to the rules
                .caseCheck((c, violations) -> catalogue.checkProvision(c.provision(), "provision", violations))
                .facts(c -> NumberedProvisionLine.of(c.provision()))
                .build();
    }
}
