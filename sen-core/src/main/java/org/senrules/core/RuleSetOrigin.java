package org.senrules.core;

import java.util.List;
import java.util.Objects;
import org.senrules.core.internal.Origins;

/**
 * Where one loaded rule set's rules and values come from, and how its rules differ from the
 * packaged ones: what a rule author's {@code validate} lists, and what a decision's
 * {@code rulesFingerprint} stands for. Immutable, compared by value; only the engine makes one
 * ({@link SenRules#origin(String)}).
 *
 * @since 1.1
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class RuleSetOrigin {
    private final Origins.Parts parts;

    /** The engine's only way in: an origin has no public constructor. */
    RuleSetOrigin(Origins.Parts parts) {
        this.parts = Objects.requireNonNull(parts, "parts");
    }

    /** The rule-set id. */
    public String ruleSet() {
        return parts.ruleSet();
    }

    /** Every file read (rule, parameter, policy and shared parameter files), as resource paths or the council's paths. */
    public List<String> files() {
        return parts.files();
    }

    /** Those of {@link #files()} that are the council's, not the package's. */
    public List<String> councilFiles() {
        return parts.councilFiles();
    }

    /** The decisions' {@code rulesFingerprint}. */
    public String rulesFingerprint() {
        return parts.rulesFingerprint();
    }

    /** {@link Decision#PACKAGE} or {@link Decision#COUNCIL}. */
    public String rulesFrom() {
        return parts.rulesFrom();
    }

    /** {@link Decision#PACKAGE} or {@link Decision#COUNCIL}. */
    public String valuesFrom() {
        return parts.valuesFrom();
    }

    /** Ids of rules in use that the packaged files do not have, sorted. */
    public List<String> rulesAdded() {
        return parts.rulesAdded();
    }

    /** Ids of packaged rules not in use (confirmed in the folder's manifest), sorted. */
    public List<String> rulesRemoved() {
        return parts.rulesRemoved();
    }

    /** Ids of rules whose text differs from the packaged rule's, sorted. */
    public List<String> rulesChanged() {
        return parts.rulesChanged();
    }

    /** True if any rule was added, removed or changed against the package. */
    public boolean rulesEdited() {
        return !rulesAdded().isEmpty() || !rulesRemoved().isEmpty() || !rulesChanged().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSetOrigin r && parts.equals(r.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        // the record's own form, under this type's name
        return "RuleSetOrigin" + parts.toString().substring(parts.getClass().getSimpleName().length());
    }
}
