package org.senrules.oag.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;

/** The OAG rule sets, discovered by the engine through {@code ServiceLoader}. */
public final class OagRulePack implements RulePack {

    @Override
    public String name() {
        return "Ordinarily Available Guidance rules";
    }

    @Override
    public void register(RulePackContext context) {
        // one line per rule set
    }
}
