package org.senrules.apibaseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No exported type takes more than four values by position in a public constructor: a case with
 * thirteen booleans and numbers in a row is how a wrong value ends up in the wrong field. What a
 * user or a pack author builds has a builder with named setters; what only the library makes
 * (results, reports, origins) has no public constructor at all (docs/api.md, "Values with many
 * parts"). A public record of more than four components is such a constructor, so it fails here too.
 */
class PositionalConstructorsTest {

    @Test
    void noExportedType_hasAPublicConstructorOfMoreThanFourParameters() {
        List<String> found = new ArrayList<>();
        for (ExportedApi.Type t : ExportedApi.read(getClass().getClassLoader(), "org.senrules.")) {
            for (Constructor<?> c : t.type().getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) && c.getParameterCount() > 4) {
                    found.add(t.name() + "(" + c.getParameterCount() + ")");
                }
            }
        }
        found.sort(null);
        assertEquals(List.of(), found, "exported types with a public constructor of more than four parameters: give each a "
                + "builder with named setters, or, if only the library makes it, no public constructor");
    }
}
