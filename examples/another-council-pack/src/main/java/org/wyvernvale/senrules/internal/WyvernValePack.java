package org.wyvernvale.senrules.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;

/**
 * Registers Wyvern Vale's rule sets; found by the engine through {@code ServiceLoader}. Each rule
 * set is a folder under {@code META-INF/senrules/}; the build generates {@code RuleSetFolders} from
 * them, so a new rule set is added by adding a folder.
 */
public final class WyvernValePack implements RulePack {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "Wyvern Vale Council (example third-party pack)";
    }

    @Override
    public void register(RulePackContext context) {
        RuleSetFolders.all().forEach(ruleSet -> context.add(ruleSet.build()));
    }
}
