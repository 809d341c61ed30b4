/**
 * senrules core: the engine facade ({@code org.senrules.core}), the SEND vocabulary
 * ({@code org.senrules.core.domain}), the rule-pack SPI ({@code org.senrules.core.spi}) and the
 * scenario runner for rule authors ({@code org.senrules.core.scenario}) and a decision in plain
 * English ({@code org.senrules.core.explain}).
 */
module org.senrules.core {
    exports org.senrules.core;
    exports org.senrules.core.domain;
    exports org.senrules.core.spi;
    exports org.senrules.core.scenario;
    exports org.senrules.core.explain;
    // the located JSON tree behind file-and-line messages, shared with the OAG catalogue reader
    exports org.senrules.core.internal.json to org.senrules.oag;
    // the one CSV reader: a values sheet, a cohort CSV and the sheets the CLI compares are read alike
    exports org.senrules.core.internal.csv to org.senrules.simulation, org.senrules.examples.cli;

    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.core;
    // a compiled rule's agenda group (its phase), which the KIE API does not expose
    requires org.drools.base;
    // the KIE services the runtime starts from; its DRL compiler is not a dependency (the lean
    // runtime): RuleTextCompiler finds it when org.senrules.compiler is on the module path
    requires org.drools.compiler;
    // knowledge bases from the executable model the packs build ahead of time (PrebuiltRules)
    requires org.drools.modelcompiler;
    requires org.drools.canonicalmodel;
    // Drools and Jackson stay inside: no exported signature names their types, so an embedder
    // compiles against senrules alone
    requires com.fasterxml.jackson.databind;
    // reads compiled rules' class files before they are loaded (RuleCodeCheck)
    requires org.objectweb.asm;
    requires org.slf4j;
    // a decision as a Flight Recorder event (DecisionEvent), off unless a recording asks for it
    requires jdk.jfr;

    uses org.senrules.core.spi.RulePack;
}
