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

    /**
     * A value every pack of this engine build shares: the first call with {@code key} makes it, and
     * later calls while the engine is built (or reloaded) get the same object, so that a file two
     * packs read (such as the council's OAG catalogue) is read and checked once. A {@code make} that
     * throws caches nothing: the next caller makes it again and sees the same error. Nothing is kept
     * between builds, so a reload reads the file again.
     *
     * @param key  what the value is, such as the file it is read from
     * @param type the value's type
     * @param make makes the value
     * @return the value made for {@code key} in this build
     * @throws ClassCastException if {@code key} was used for a value of another type
     * @since 1.1
     */
    default <T> T shared(String key, Class<T> type, java.util.function.Supplier<? extends T> make) {
        return make.get();
    }
}
