package org.senrules.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder a job writes, whole or not at all: the files are written into a hidden folder beside
 * it, and only when every one is written is that folder renamed to the name asked for (one rename,
 * atomic on one file system). A job that fails on the way leaves no folder of that name, so no
 * reader takes part of a run for the whole; the hidden folder is removed.
 */
final class OutputFolder {
    private final Path target;

    private OutputFolder(Path target) {
        this.target = target;
    }

    /**
     * The folder {@code dir}, which must not exist yet or be empty.
     *
     * @throws UsageException if it holds files, or is a file
     */
    static OutputFolder of(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new UsageException("--out " + dir + " is a file, not a folder");
            }
            try (Stream<Path> in = Files.list(target)) {
                if (in.findAny().isPresent()) {
                    throw new UsageException("--out " + dir + " is not empty: give a new folder (a run writes its folder whole, or not "
                            + "at all, so it does not write over another run's files)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new OutputFolder(target);
    }

    /** What writes the files, into the folder it is given. */
    interface Writer {
        void write(Path dir) throws IOException;
    }

    /** Writes the folder with {@code writer} and puts it in place; returns its path. */
    Path write(Writer writer) {
        Path parent = target.getParent();
        Path partial = null;
        try {
            Files.createDirectories(parent);
            partial = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            writer.write(partial);
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, as checked: a rename cannot replace a folder on every system
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
            partial = null;
            return target;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new UsageException("--out " + target + " was written by something else while the job ran; its files are left as "
                    + "they are");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (partial != null) {
                remove(partial);
            }
        }
    }

    private static void remove(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the hidden folder's name says it is partial
        }
    }
}
