/**
 * senrules' kit for rule-pack authors' tests: golden decisions, recorded with the requests that
 * made them so that they can be replayed outside the tests (as {@code sen validate} does), and a
 * fuzzer that checks a rule set refuses every invalid request as an {@code invalid-request}, and
 * checks of a pack's rules built ahead of time.
 * Use it as a test-scoped dependency; nothing in a running engine needs it.
 */
module org.senrules.testkit {
    exports org.senrules.testkit;

    requires transitive org.senrules.core;
    // compiles rule files at run time, to compare them with the pre-built rules
    requires org.senrules.compiler;
    requires com.fasterxml.jackson.databind;
    // PrebuiltRulesCheck reads the rules of a pack's executable model
    requires org.drools.canonicalmodel;
}
