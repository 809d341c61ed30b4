package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every verb builds an engine, so every verb takes the engine's options ({@code --rules},
 * {@code --parameters}, {@code --oag-catalogue}) from one set, and refuses an unknown option with
 * one message listing them among its own.
 */
class EngineOptionsCliTest {
    private static final List<String> VERBS = List.of("decide", "simulate", "validate", "rules", "test", "cohort", "demo", "serve",
            "rulebook");

    @Test
    void everyVerb_listsTheEngineOptions_whenItRefusesAnUnknownOne() {
        for (String verb : VERBS) {
            Sen.Result r = Sen.inProcess(verb, "--no-such-option", "x");
            assertEquals(Main.BAD_INPUT, r.exit(), r::toString);
            String expected = "sen " + verb + ": argument 1 is not an option of '" + verb + "'; its options are ";
            assertTrue(r.err().startsWith(expected), r::toString);
            List<String> listed = List.of(r.err().substring(expected.length()).strip().split(" "));
            assertTrue(listed.containsAll(Engines.OPTIONS), verb + " lists " + listed);
        }
    }

    @Test
    void validate_takesTheOagCatalogue_asDecideDoes() {
        Sen.Result r = Sen.inProcess("validate", "--oag-catalogue", "no-such-catalogue.json");
        assertEquals(Main.BAD_INPUT, r.exit(), r::toString);
        assertEquals("sen validate: --oag-catalogue no-such-catalogue.json: no such file", r.err().strip(), r::toString);
    }
}
