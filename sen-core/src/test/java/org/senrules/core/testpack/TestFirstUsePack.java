package org.senrules.core.testpack;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;

/**
 * Three rule sets whose rule files carry the model file a pack's build writes for a file it compiled
 * and left to run time ({@code runtime checked}), so the engine builds them on first use:
 * {@code test-first-use} decides as the banding test pack does; {@code test-first-use-global}
 * declares a global no rule set provides, a fault only its knowledge base shows;
 * {@code test-first-use-confined} deletes a file, which the check of the rule text refuses.
 * Each is a folder with its declaration; the rule files are all in {@code test-first-use/}.
 */
public class TestFirstUsePack implements RulePack {
    public static final String ID = "test-first-use";
    public static final String BROKEN = "test-first-use-global";
    public static final String CONFINED = "test-first-use-confined";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "sen-core first-use test pack";
    }

    @Override
    public void register(RulePackContext context) {
        for (String id : new String[] {ID, BROKEN, CONFINED}) {
            context.add(TestBandPack.band(id, RuleResource.of(TestFirstUsePack.class, "META-INF/senrules/" + id + "/" + id + ".rule-set.json")));
        }
    }
}
