package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The service module exports its one API package; its routes and pages stay inside. */
class ModuleDescriptorTest {
    @Test
    void exportsOnlyTheServicePackage() throws Exception {
        ModuleDescriptor d;
        // this module's own descriptor, not the first module-info.class on the class path
        Path classes = Path.of(DecisionService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertEquals("org.senrules.server", d.name());
        assertEquals(Set.of("org.senrules.server"), d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("org.senrules.core")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }
}
