/**
 * The {@code sen} command-line app: decide requests, simulate policies over a cohort, validate
 * and test rule files, generate synthetic cohorts. An example of an embedding application: it
 * uses only the exported API of senrules (and the CSV reader senrules shares with it, so the
 * values sheets it compares are read as the engine reads them) and finds rule packs, including
 * third-party ones on the module path, through {@code ServiceLoader}.
 */
module org.senrules.examples.cli {
    requires org.senrules.core;
    requires org.senrules.compiler;
    requires org.senrules.funding;
    requires org.senrules.oag;
    requires org.senrules.awards;
    requires org.senrules.simulation;
    requires org.senrules.server;
    // validate replays the golden decisions each pack ships
    requires org.senrules.testkit;
    requires com.fasterxml.jackson.databind;
}
