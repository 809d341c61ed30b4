package org.senrules.oag.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.oag.NumberedProvisionLine;
import org.senrules.oag.OagCatalogue;

/** The OAG rule sets, discovered by the engine through {@code ServiceLoader}. */
public final class OagRulePack implements RulePack {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "Ordinarily Available Guidance rules";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(oagAdditionality(OagCatalogue.of(context)));
        context.add(RuleSetFolders.engagementModel().build());
    }

    /**
     * oag-additionality over a catalogue. The catalogue is a global so that the rules consult it on
     * the decision date, and the same catalogue checks the request's item ids, so an id accepted is
     * always known to the rules; the lines are facts without their free-text descriptions.
     */
    static org.senrules.core.spi.RuleSetDefinition<?, ?> oagAdditionality(OagCatalogue catalogue) {
        return RuleSetFolders.oagAdditionality()
                .global("oag", catalogue)
                .caseCheck((c, violations) -> catalogue.checkProvision(c.provision(), "provision", violations))
                .facts(c -> NumberedProvisionLine.of(c.provision()))
                .build();
    }
}
