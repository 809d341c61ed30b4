package org.senrules.core.spi;

import org.senrules.core.ApiStatus;


/**
 * What a {@link RulePack} may do while it registers: read the settings this engine was built with
 * and add rule sets. A pack is registered again on every {@code reload()}, so it re-reads its
 * settings (and the files they name) each time.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface RulePackContext {

    /**
     * The value of a pack setting given to this engine ({@code SenRules.builder().packSetting(name, value)}),
     * such as {@code oag-catalogue}. A setting no pack reads is refused when the engine is built, so a
     * pack reads every setting it understands, present or not.
     *
     * @param name the setting's name, kebab-case
     * @return the value, or empty when the engine was not given the setting
     * @since 1
     */
    java.util.Optional<String> setting(String name);

    /**
     * Adds a rule set. The engine refuses to start if another pack already added the same id.
     *
     * @param definition the rule set, not null
     */
    void add(RuleSetDefinition<?, ?> definition);
}
