package org.senrules.core.spi;

import org.senrules.core.ApiStatus;


/** What a {@link RulePack} may do while it registers: add rule sets. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface RulePackContext {

    /**
     * Adds a rule set. The engine refuses to start if another pack already added the same id.
     *
     * @param definition the rule set, not null
     */
    void add(RuleSetDefinition<?, ?> definition);
}
