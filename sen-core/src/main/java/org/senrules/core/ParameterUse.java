package org.senrules.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter value that a decision used, with the dates it is in force. Immutable, compared by
 * value.
 *
 * <p>The engine makes these; {@link #builder()} is public so that a test or a tool can state the
 * value it expects ({@code expected.toBuilder().name("rateByBand[3]").build()}).
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class ParameterUse {
    private final String name;
    private final String value;
    private final LocalDate effectiveFrom;
    private final LocalDate until;
    private final boolean illustrative;
    private final String origin;

    private ParameterUse(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.value = Objects.requireNonNull(b.value, "value");
        this.effectiveFrom = b.effectiveFrom;
        this.until = b.until;
        this.illustrative = b.illustrative;
        this.origin = b.origin;
    }

    /** A builder with nothing set; {@code name} and {@code value} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this use's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).value(value).effectiveFrom(effectiveFrom).until(until).illustrative(illustrative)
                .origin(origin);
    }

    /** The parameter, with {@code [key]} for one entry of a table ({@code "rateByBand[3]"}). */
    public String name() {
        return name;
    }

    /** The value as text: money as {@code "1234.50"}, lists comma-separated, {@code "none"} for an unset optional value. */
    public String value() {
        return value;
    }

    /** The first day the value applies. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The last day it applies, or {@code null} if open-ended. */
    public LocalDate until() {
        return until;
    }

    /** True if the value is an illustrative default, not the council's figure. */
    public boolean illustrative() {
        return illustrative;
    }

    /** Where the value came from: {@code "default"}, {@code "policy:<name>"} or the council's override file. */
    public String origin() {
        return origin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterUse p && name.equals(p.name) && value.equals(p.value)
                && Objects.equals(effectiveFrom, p.effectiveFrom) && Objects.equals(until, p.until)
                && illustrative == p.illustrative && Objects.equals(origin, p.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, effectiveFrom, until, illustrative, origin);
    }

    @Override
    public String toString() {
        return "ParameterUse[name=" + name + ", value=" + value + ", effectiveFrom=" + effectiveFrom + ", until=" + until
                + ", illustrative=" + illustrative + ", origin=" + origin + "]";
    }

    /** Sets a {@link ParameterUse}'s values by name. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String value;
        private LocalDate effectiveFrom;
        private LocalDate until;
        private boolean illustrative;
        private String origin;

        private Builder() {
        }

        /** The parameter's name, with {@code [key]} for one entry of a table. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The value as the decision shows it. */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /** The first day the value applies. */
        public Builder effectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        /** The last day it applies; {@code null} (the default) for open-ended. */
        public Builder until(LocalDate until) {
            this.until = until;
            return this;
        }

        /** Whether the value is an illustrative default; false unless set. */
        public Builder illustrative(boolean illustrative) {
            this.illustrative = illustrative;
            return this;
        }

        /** Where the value came from. */
        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        /**
         * The use.
         *
         * @throws NullPointerException if the name or the value is not set
         */
        public ParameterUse build() {
            return new ParameterUse(this);
        }
    }
}
