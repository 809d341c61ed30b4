package org.senrules.oag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue file that starts with a byte-order mark is read as one without, as every other kind of file is. */
class OagCatalogueByteOrderMarkTest {
    @Test
    void aCatalogueWithALeadingByteOrderMark_isReadAsOneWithout(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.json"), "{\"title\": \"t\"}");
        Path bom = Files.writeString(dir.resolve("bom.json"), "\uFEFF{\"title\": \"t\"}");
        OagCatalogueException withoutBom = assertThrows(OagCatalogueException.class, () -> OagCatalogue.load(plain));
        OagCatalogueException withBom = assertThrows(OagCatalogueException.class, () -> OagCatalogue.load(bom));
        // the same faults, line for line: the BOM itself is none of them
        assertEquals(withoutBom.faults().toString().replace("plain.json", "F"), withBom.faults().toString().replace("bom.json", "F"));
        assertTrue(withBom.faults().stream().noneMatch(f -> f.contains("byte-order mark")), withBom.faults().toString());
    }
}
