package org.senrules.core;

import java.util.List;
import java.util.Objects;

/**
 * A named policy variant of a rule set: an overlay on its parameters, such as a Delivering
 * Better Value option being modelled. Every rule set has {@code current}. Immutable, compared by
 * value; the engine reads them from a rule set's policy file, and {@link #builder(String)} makes
 * one by name.
 *
 * <p>A policy that changes how decisions are made rather than what they give (SSPP option 6's
 * locality-led process) may declare, in the policy file, the policies it {@link #combinesWith()}:
 * the engine then also accepts {@code "this/other"} (for example {@code dbv-option-6/dbv-option-4}),
 * the other policy's overlay with this one's on top ({@link #with(PolicyVariant)}).
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class PolicyVariant {
    /** What separates the two names of a combined policy: {@code dbv-option-6/dbv-option-4}. */
    public static final String COMBINED = "/";

    private final String name;
    private final String title;
    private final String source;
    private final boolean costNeutral;
    private final List<String> combinesWith;

    private PolicyVariant(Builder b) {
        this.name = b.name;
        this.title = b.title;
        this.source = b.source;
        this.costNeutral = b.costNeutral;
        this.combinesWith = b.combinesWith;
    }

    /**
     * A builder for the policy called {@code name}, with no title or source, not cost-neutral,
     * combining with no policy.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public static Builder builder(String name) {
        return new Builder(Objects.requireNonNull(name, "name"));
    }

    /** A builder holding this policy's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(name).title(title).source(source).costNeutral(costNeutral).combinesWith(combinesWith);
    }

    /** The name used in requests, such as {@code "dbv-option-4"}. */
    public String name() {
        return name;
    }

    /** What it does, in one line. */
    public String title() {
        return title;
    }

    /** The document that describes it. */
    public String source() {
        return source;
    }

    /** Whether the policy file declares it meant to cost the same as {@code current}, which a cohort simulation checks. */
    public boolean costNeutral() {
        return costNeutral;
    }

    /** The policies it may be combined with as {@code name/other}, empty when none. */
    public List<String> combinesWith() {
        return combinesWith;
    }

    /** True for a combined policy such as {@code dbv-option-6/dbv-option-4}. */
    public boolean combined() {
        return name.contains(COMBINED);
    }

    /**
     * This policy combined with {@code other}: named {@code this/other}, its title and source
     * both policies', not cost-neutral, combinable no further.
     *
     * @throws IllegalArgumentException if this policy does not declare {@code other} among {@link #combinesWith()}
     */
    public PolicyVariant with(PolicyVariant other) {
        if (!combinesWith.contains(other.name())) {
            throw new IllegalArgumentException("policy " + name + " does not combine with " + other.name()
                    + (combinesWith.isEmpty() ? "; it combines with no policy" : "; it combines with " + String.join(", ", combinesWith)));
        }
        return builder(name + COMBINED + other.name()).title(title + ", with " + other.name() + ": " + other.title())
                .source(source + "; " + other.source()).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyVariant p && name.equals(p.name) && Objects.equals(title, p.title)
                && Objects.equals(source, p.source) && costNeutral == p.costNeutral && combinesWith.equals(p.combinesWith);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, source, costNeutral, combinesWith);
    }

    @Override
    public String toString() {
        return "PolicyVariant[name=" + name + ", title=" + title + ", source=" + source + ", costNeutral=" + costNeutral
                + ", combinesWith=" + combinesWith + "]";
    }

    /** Sets a {@link PolicyVariant}'s values by name. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private String title;
        private String source;
        private boolean costNeutral;
        private List<String> combinesWith = List.of();

        private Builder(String name) {
            this.name = name;
        }

        /** What the policy does, in one line. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The document that describes it. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Whether it is meant to cost what {@code current} costs; false unless set. */
        public Builder costNeutral(boolean costNeutral) {
            this.costNeutral = costNeutral;
            return this;
        }

        /** The policies it may be combined with as {@code name/other}; a null list is none. */
        public Builder combinesWith(List<String> combinesWith) {
            this.combinesWith = combinesWith == null ? List.of() : List.copyOf(combinesWith);
            return this;
        }

        /** The policy. */
        public PolicyVariant build() {
            return new PolicyVariant(this);
        }
    }
}
