package org.senrules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is there whole, or not at all. */
class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsHalfWay_leavesNoFolderAndNoPartialOne() throws IOException {
        Path target = dir.resolve("out");
        OutputFolder folder = OutputFolder.of(target);
        assertThrows(UncheckedIOException.class, () -> folder.write(tmp -> {
            Files.writeString(tmp.resolve("summary.csv"), "policy\n");
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing is left beside it");
        }
    }

    @Test
    void aWriterThatFinishes_putsEveryFileInPlace_evenIntoAnEmptyFolder() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Path written = OutputFolder.of(target).write(tmp -> {
            Files.writeString(tmp.resolve("summary.csv"), "policy\n");
            Files.writeString(tmp.resolve("trajectory.csv"), "policy\n");
        });
        assertEquals(target.toAbsolutePath().normalize(), written);
        assertTrue(Files.isRegularFile(target.resolve("summary.csv")));
        assertTrue(Files.isRegularFile(target.resolve("trajectory.csv")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the folder itself");
        }
    }

    @Test
    void aFolderWithFiles_orAFile_isRefused() throws IOException {
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("mine.txt"), "x");
        assertTrue(assertThrows(UsageException.class, () -> OutputFolder.of(full)).getMessage().contains("is not empty"));
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertTrue(assertThrows(UsageException.class, () -> OutputFolder.of(file)).getMessage().contains("is a file"));
    }
}
