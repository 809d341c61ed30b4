/**
 * The Ordinarily Available Guidance as data (a catalogue a council maintains) and the rule sets
 * that use it: {@code oag-additionality} and {@code engagement-model}. Exports the catalogue API,
 * which the funding rules also use, and the case and outcome types.
 */
module org.senrules.oag {
    requires transitive org.senrules.core;
    requires com.fasterxml.jackson.databind;

    exports org.senrules.oag;
    exports org.senrules.oag.additionality;
    exports org.senrules.oag.engagement;

    // Drools' executable model of the rule files (generated at build time, see docs/performance.md):
    // its classes use these Drools modules, and the engine instantiates each model reflectively
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.drools.compiler;
    requires org.drools.core;
    requires org.drools.util;
    opens org.senrules.oag.rules.graduated to org.senrules.core;
    opens org.senrules.oag.rules.engagement to org.senrules.core;
    opens org.senrules.oag.rules.additionality to org.senrules.core;

    provides org.senrules.core.spi.RulePack with org.senrules.oag.internal.OagRulePack;
}
