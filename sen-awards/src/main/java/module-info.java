/**
 * The SEND Co-production Award Scheme as a rule set: {@code coproduction-award}. Exports only the
 * case, outcome and vocabulary types; the rule pack and its definition stay in the non-exported
 * {@code org.senrules.awards.internal}, found by the engine through {@code ServiceLoader}.
 */
module org.senrules.awards {
    requires transitive org.senrules.core;

    exports org.senrules.awards;

    provides org.senrules.core.spi.RulePack with org.senrules.awards.internal.AwardsRulePack;
}
