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

    provides org.senrules.core.spi.RulePack with org.senrules.oag.internal.OagRulePack;
}
