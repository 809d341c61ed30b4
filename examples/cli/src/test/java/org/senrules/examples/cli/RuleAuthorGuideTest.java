package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.SenRules;

/**
 * Runs docs/rule-authors.md: every {@code ```sh} block in order, in bash, with {@code ./sen}
 * running the app on this build's module path; every line of each {@code ```output} block must
 * appear in what the block before it printed.
 */
class RuleAuthorGuideTest {

    @TempDir
    Path dir;

    /** A block of the guide: commands to run, or output to expect. */
    record Block(boolean commands, String text) {
    }

    static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String fence = lines[i].trim();
            if (fence.equals("```sh") || fence.equals("```output")) {
                StringBuilder body = new StringBuilder();
                for (i++; i < lines.length && !lines[i].trim().equals("```"); i++) {
                    body.append(lines[i]).append('\n');
                }
                out.add(new Block(fence.equals("```sh"), body.toString()));
            }
        }
        return out;
    }

    @Test
    void everyCommandOfTheGuideRunsAndPrintsWhatItSays() throws Exception {
        assumeTrue(SenRules.builder().build().ruleSets().stream().anyMatch(r -> r.id().equals("sspp-top-up")),
                "the guide changes sspp-top-up");
        Path root = Sen.root();
        // The guide's commands run from the checkout root; the folders they read are linked, what they write stays here.
        Files.createSymbolicLink(dir.resolve("sen-funding-rules"), root.resolve("sen-funding-rules"));
        Files.createSymbolicLink(dir.resolve("examples"), root.resolve("examples"));
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String prelude = "set -euo pipefail\nsen() { '" + javaCommand + "' -Dsen.home='" + root + "' -p '" + Sen.modulePath()
                + "' --add-modules ALL-MODULE-PATH -m org.senrules.examples.cli/org.senrules.examples.cli.Main \"$@\"; }\n";
        List<Block> blocks = blocks(Files.readString(root.resolve("docs/rule-authors.md")));
        assertTrue(blocks.stream().filter(Block::commands).count() >= 6, "the guide has its commands");
        String lastOutput = "";
        int outputsChecked = 0;
        for (Block b : blocks) {
            if (b.commands()) {
                Process p = new ProcessBuilder("bash", "-c", prelude + b.text().replace("./sen ", "sen "))
                        .directory(dir.toFile()).redirectErrorStream(true).start();
                byte[] printed = p.getInputStream().readAllBytes();
                assertTrue(p.waitFor(5, TimeUnit.MINUTES));
                lastOutput = new String(printed, java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(0, p.exitValue(), b.text() + "\n" + lastOutput);
            } else {
                for (String line : b.text().split("\n")) {
                    if (!line.isBlank()) {
                        assertTrue(lastOutput.contains(line.strip()), "expected \"" + line.strip() + "\" in:\n" + lastOutput);
                    }
                }
                outputsChecked++;
            }
        }
        assertTrue(outputsChecked >= 4);
        assertFalse(Files.exists(root.resolve("council-rules")), "the guide's files stay out of the checkout");
    }
}
