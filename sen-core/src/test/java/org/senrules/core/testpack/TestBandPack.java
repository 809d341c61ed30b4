package org.senrules.core.testpack;

import java.util.List;
import org.senrules.core.RuleSetKey;
import org.senrules.core.spi.DeclaredTypes;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/** A banding table with its checks, for the engine's table-analysis tests: rule set {@code test-band}, from its folder. */
public class TestBandPack implements RulePack {
    public static final String ID = "test-band";
    private static final String DIR = "META-INF/senrules/test-band/";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "sen-core banding test pack";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(band(ID, RuleResource.of(TestBandPack.class, DIR + "test-band.rule-set.json")));
    }

    /** A banding rule set of this package's types from its declaration. */
    static RuleSetDefinition<TestBandCase, TestBandOutcome> band(String id, RuleResource declaration) {
        return RuleSetDefinition.declared(declaration, DeclaredTypes.of(RuleSetKey.of(id, TestBandCase.class, TestBandOutcome.class),
                TestBandCase.fields(), TestBandOutcome.fields(), TestBandOutcome::new, TestBandValues.class, TestBandValues::new, List.of())).build();
    }
}
