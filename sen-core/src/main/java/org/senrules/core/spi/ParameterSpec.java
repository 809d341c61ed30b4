package org.senrules.core.spi;

import java.util.Objects;
import org.senrules.core.ApiStatus;

/**
 * The declaration of one parameter of a rule set: its name in parameter files, its type, what it
 * means, and whether {@code null} is a meaningful value ("no cap", "no time limit").
 *
 * @param name        the name used in parameter files and in rule files, camelCase
 * @param type        how values are read and checked
 * @param description one plain sentence for rule authors and explanations
 * @param nullable    whether a dated entry may have the value {@code null}
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record ParameterSpec(String name, ParameterType type, String description, boolean nullable) {
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("parameter names are camelCase: " + name);
        }
    }
}
