package org.senrules.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher's training run for its class-data-sharing archive (docs/performance.md): every
 * class this run loads is written to the archive and mapped from it by every later start. So it
 * does what starts do: {@code sen decide} of every worked example in {@code examples/data} (each
 * rule set built, decided and written as JSON, once more with {@code --explain}), then
 * {@code sen validate} (every rule file compiled, as a rules folder's are). Its output goes
 * nowhere; its exit status is validate's. A worked example of a pack that is not on the module path
 * (such as {@code wyvern-place-band} without {@code SEN_MODULE_PATH}) is refused as unknown, which
 * only means its classes are not in the archive.
 */
public final class StartUpTraining {
    private StartUpTraining() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DemoCommand.dataFolder())) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(examples::add);
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
        for (Path example : examples) {
            Main.run(new String[] {"decide", example.toString()}, nowhere, nowhere);
        }
        if (!examples.isEmpty()) {
            Main.run(new String[] {"decide", "--explain", examples.get(0).toString()}, nowhere, nowhere);
        }
        System.exit(Main.run(new String[] {"validate"}, nowhere, nowhere));
    }
}
