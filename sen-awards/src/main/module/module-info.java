/**
 * The SEND Co-production Award Scheme as a rule set: {@code coproduction-award}. Exports only the
 * case, outcome and vocabulary types; the rule pack and its definition stay in the non-exported
 * {@code org.senrules.awards.internal}, found by the engine through {@code ServiceLoader}.
 */
module org.senrules.awards {
    requires transitive org.senrules.core;

    exports org.senrules.awards;

    // Drools' executable model of the rule files (generated at build time, see docs/performance.md):
    // its classes use these Drools modules, and the engine instantiates each model reflectively
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.drools.compiler;
    requires org.drools.core;
    requires org.drools.util;
    opens org.senrules.awards.rules to org.senrules.core;

    provides org.senrules.core.spi.RulePack with org.senrules.awards.internal.AwardsRulePack;
}
