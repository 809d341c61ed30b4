package org.senrules.oag;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue file that starts with a byte-order mark is refused, as every other kind of file is. */
class OagCatalogueByteOrderMarkTest {
    @Test
    void aCatalogueWithAByteOrderMark_isRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("catalogue.json"), "\uFEFF{\"title\": \"t\"}");
        OagCatalogueException e = assertThrows(OagCatalogueException.class, () -> OagCatalogue.load(file));
        assertTrue(e.faults().toString().contains("byte-order mark"), e.faults().toString());
    }
}
