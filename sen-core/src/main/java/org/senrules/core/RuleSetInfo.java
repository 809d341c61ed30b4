package org.senrules.core;

import java.util.List;
import java.util.Objects;
import org.senrules.core.spi.Summary;

/**
 * What the engine knows about one loaded rule set, for tools and documentation
 * ({@link SenRules#ruleSets()}). Immutable, compared by value; only the engine makes one.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class RuleSetInfo {
    private final String id;
    private final String version;
    private final String title;
    private final Class<?> caseType;
    private final Class<?> outcomeType;
    private final List<String> caseFields;
    private final List<PolicyVariant> policies;
    private final List<String> parameters;
    private final Summary<?, ?> summary;
    private final java.util.Map<String, String> criteria;
    private final org.senrules.core.spi.YearOnYear yearOnYear;
    private final org.senrules.core.spi.PlacementRole placementRole;
    private final org.senrules.core.spi.ForecastRole forecastRole;

    RuleSetInfo(String id, String version, String title, Class<?> caseType, Class<?> outcomeType, List<String> caseFields,
                List<PolicyVariant> policies, List<String> parameters, Summary<?, ?> summary, java.util.Map<String, String> criteria,
                org.senrules.core.spi.YearOnYear yearOnYear, org.senrules.core.spi.PlacementRole placementRole,
                org.senrules.core.spi.ForecastRole forecastRole) {
        this.criteria = criteria;
        this.yearOnYear = yearOnYear;
        this.placementRole = placementRole;
        this.forecastRole = forecastRole;
        this.id = id;
        this.version = version;
        this.title = title;
        this.caseType = caseType;
        this.outcomeType = outcomeType;
        this.caseFields = List.copyOf(caseFields);
        this.policies = List.copyOf(policies);
        this.parameters = List.copyOf(parameters);
        this.summary = summary;
    }

    /**
     * The criteria a request must meet, id to what each stands for, in the rule set's order; empty
     * for a rule set that declares none.
     *
     * @since 1.2
     */
    public java.util.Map<String, String> criteria() {
        return criteria;
    }

    /**
     * How the rule set's cases move on through the years, as its declaration says, or null when it
     * declares nothing (a simulator then cannot run it year by year).
     *
     * @since 1.2
     */
    public org.senrules.core.spi.YearOnYear yearOnYear() {
        return yearOnYear;
    }

    /**
     * Which case fields place a pupil, as the declaration's placement role says, or null when the
     * rule set does not play that role (a simulator then places none of its pupils).
     *
     * @since 1.2
     */
    public org.senrules.core.spi.PlacementRole placementRole() {
        return placementRole;
    }

    /**
     * Which fields carry a High Needs Block forecast, as the declaration's high-needs forecast role
     * says, or null when the rule set does not play that role.
     *
     * @since 1.2
     */
    public org.senrules.core.spi.ForecastRole forecastRole() {
        return forecastRole;
    }

    /** The rule-set id. */
    public String id() {
        return id;
    }

    /** Its version. */
    public String version() {
        return version;
    }

    /** What it decides. */
    public String title() {
        return title;
    }

    /** The Java type of its case. */
    public Class<?> caseType() {
        return caseType;
    }

    /** The Java type of its outcome. */
    public Class<?> outcomeType() {
        return outcomeType;
    }

    /** The JSON field names of its case, in the order the case declares them. */
    public List<String> caseFields() {
        return caseFields;
    }

    /** Its policy variants, {@code current} first. */
    public List<PolicyVariant> policies() {
        return policies;
    }

    /** Its parameter names, its own and the shared ones it reads. */
    public List<String> parameters() {
        return parameters;
    }

    /** What a cohort simulator adds up for it, or {@code null} when its pack declares nothing to simulate. */
    public Summary<?, ?> summary() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSetInfo r && Objects.equals(id, r.id) && Objects.equals(version, r.version)
                && Objects.equals(title, r.title) && Objects.equals(caseType, r.caseType) && Objects.equals(outcomeType, r.outcomeType)
                && caseFields.equals(r.caseFields) && policies.equals(r.policies) && parameters.equals(r.parameters)
                && Objects.equals(summary, r.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, title, caseType, outcomeType, caseFields, policies, parameters, summary);
    }

    @Override
    public String toString() {
        return "RuleSetInfo[id=" + id + ", version=" + version + ", title=" + title + ", caseType=" + caseType + ", outcomeType="
                + outcomeType + ", caseFields=" + caseFields + ", policies=" + policies + ", parameters=" + parameters
                + ", summary=" + summary + "]";
    }
}
