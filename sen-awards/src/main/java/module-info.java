/** The SEND Co-production Award Scheme as a rule set: {@code coproduction-award}. */
module org.senrules.awards {
    requires transitive org.senrules.core;

    provides org.senrules.core.spi.RulePack with org.senrules.awards.internal.AwardsRulePack;
}
