/**
 * Birmingham's SEND funding rules as rule sets: {@code special-school-band},
 * {@code mainstream-top-up}, {@code sspp-top-up}, {@code esn-request} and
 * {@code high-needs-forecast}. Exports only the case and outcome types embedders need.
 */
module org.senrules.funding {
    requires transitive org.senrules.core;
    // the mainstream-top-up case is made of the OAG module's provision lines
    requires transitive org.senrules.oag;

    exports org.senrules.funding.band;
    exports org.senrules.funding.ehcp;
    exports org.senrules.funding.esn;
    exports org.senrules.funding.forecast;
    exports org.senrules.funding.sspp;
    exports org.senrules.funding.mainstream;

    provides org.senrules.core.spi.RulePack with org.senrules.funding.internal.FundingRulePack;
}
