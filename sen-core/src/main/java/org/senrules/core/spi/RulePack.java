package org.senrules.core.spi;

import org.senrules.core.ApiStatus;


/**
 * A plugin that contributes rule sets to the engine. Implement it, declare it with
 * {@code provides org.senrules.core.spi.RulePack with ...} in {@code module-info.java} and in
 * {@code META-INF/services/org.senrules.core.spi.RulePack}, and the engine finds it with
 * {@link java.util.ServiceLoader}.
 *
 * <p>A pack registers its rule sets through the context it is given; it never reaches into the
 * engine. Implementations need a public no-argument constructor and must be stateless.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface RulePack {

    /** The version of this SPI. A pack built for another major version is refused at start. */
    int API_VERSION = 1;

    /** A short human name for logs and error messages, such as {@code "Birmingham funding rules"}. */
    String name();

    /** Adds this pack's rule sets to {@code context}. Called once per engine. */
    void register(RulePackContext context);

    /**
     * The SPI version this pack was compiled against. Implement it as
     * {@code return RulePack.API_VERSION;}: the constant is copied into the pack's own class file
     * when the pack is compiled, so the engine compares the pack's version with its own and
     * refuses a pack built for another one, naming it. (A default method here could only ever
     * report the running engine's version.)
     */
    int apiVersion();
}
