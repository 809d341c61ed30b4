package org.senrules.funding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * One rule set's definition exactly as the funding pack registers it (from its folder, with what
 * the pack adds in Java), for tests that load a single rule set through {@link TestEngines}.
 */
public final class PackDefinitions {
    private PackDefinitions() {
    }

    /**
     * The definition of rule set {@code id}, cast to the case and outcome types the caller names.
     *
     * @throws IllegalArgumentException when the pack has no such rule set
     */
    @SuppressWarnings("unchecked")
    public static <C extends org.senrules.core.spi.CaseInput, O> RuleSetDefinition<C, O> of(String id) {
        List<RuleSetDefinition<?, ?>> added = new ArrayList<>();
        new FundingRulePack().register(new RulePackContext() {
            @Override
            public Optional<String> setting(String name) {
                return Optional.empty();
            }

            @Override
            public void add(RuleSetDefinition<?, ?> definition) {
                added.add(definition);
            }
        });
        return (RuleSetDefinition<C, O>) added.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the funding pack has no rule set " + id));
    }
}
