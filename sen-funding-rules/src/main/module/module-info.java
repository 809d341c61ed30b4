/**
 * Birmingham's SEND funding rules as rule sets: {@code special-school-band},
 * {@code mainstream-top-up}, {@code sspp-top-up}, {@code esn-request},
 * {@code high-needs-forecast}, {@code ehcp-top-up} and {@code early-years-inclusion}. Exports only the case and outcome types embedders need.
 */
module org.senrules.funding {
    requires transitive org.senrules.core;
    // the mainstream-top-up case is made of the OAG module's provision lines
    requires transitive org.senrules.oag;

    // the typed view of the values the funding rule sets share (FundingValues), which their rules match
    exports org.senrules.funding;
    exports org.senrules.funding.band;
    exports org.senrules.funding.earlyyears;
    exports org.senrules.funding.ehcp;
    exports org.senrules.funding.esn;
    exports org.senrules.funding.forecast;
    exports org.senrules.funding.sspp;
    exports org.senrules.funding.mainstream;

    // Drools' executable model of the rule files (generated at build time, see docs/performance.md):
    // its classes use these Drools modules, and the engine instantiates each model reflectively
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.drools.compiler;
    requires org.drools.core;
    requires org.drools.util;
    opens org.senrules.funding.band.rules to org.senrules.core;
    // the band -> top-up rules special-school-band and ehcp-top-up share (top-up-frameworks.drl)
    opens org.senrules.funding.frameworks.rules to org.senrules.core;
    opens org.senrules.funding.rules.ehcp to org.senrules.core;
    opens org.senrules.funding.earlyyears.rules to org.senrules.core;
    opens org.senrules.funding.esn.rules to org.senrules.core;
    opens org.senrules.funding.forecast.rules to org.senrules.core;
    opens org.senrules.funding.rules.mainstream to org.senrules.core;
    opens org.senrules.funding.sspp.rules to org.senrules.core;

    provides org.senrules.core.spi.RulePack with org.senrules.funding.internal.FundingRulePack;
}
