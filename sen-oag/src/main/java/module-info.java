/**
 * The Ordinarily Available Guidance as data (a catalogue a council maintains) and the rule sets
 * that use it: {@code oag-additionality} and {@code engagement-model}.
 */
module org.senrules.oag {
    requires transitive org.senrules.core;

    provides org.senrules.core.spi.RulePack with org.senrules.oag.internal.OagRulePack;
}
