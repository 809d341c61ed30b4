/**
 * Wyvern Vale Council's rule pack (a fictional council): its own place-banding rule set,
 * {@code wyvern-place-band}. The engine finds it through {@code ServiceLoader}; nothing in
 * senrules names it.
 */
module org.wyvernvale.senrules {
    requires org.senrules.core;

    exports org.wyvernvale.senrules.banding;

    // Drools' executable model of the rule files (generated at build time, see docs/performance.md):
    // its classes use these Drools modules, and the engine instantiates each model reflectively
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.drools.compiler;
    requires org.drools.core;
    requires org.drools.util;
    opens org.wyvernvale.senrules.rules to org.senrules.core;

    provides org.senrules.core.spi.RulePack with org.wyvernvale.senrules.internal.WyvernValePack;
}
