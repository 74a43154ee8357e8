package org.scalingexplorer.io.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Patterns a user types run in time linear in the name, or are refused with the reason. */
class NamePatternTest {
    /**
     * Patterns java.util.regex backtracks on for minutes (nested quantifiers against a name that almost matches) take
     * no time: RE2 never backtracks.
     */
    @Test
    void catastrophicPatternsRunInLinearTime() {
        String name = "a".repeat(60) + "b";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals("", NamePattern.compile("^((.*a){12})$", "--group").group(name));
            assertEquals("", NamePattern.compile("^((a+)+)$", "--group").group(name));
            assertEquals("a".repeat(60), NamePattern.compile("^((a|aa)+)b$", "--group").group(name));
        });
    }

    @Test
    void whatRe2CannotRunIsRefusedWithTheReason() {
        IllegalArgumentException back = assertThrows(IllegalArgumentException.class, () -> NamePattern.compile("^((a+)+\\2)$", "--group"));
        assertTrue(back.getMessage().startsWith("--group is not a pattern this app can run: back-references such as \\1 are not supported"),
                back.getMessage());
        IllegalArgumentException look = assertThrows(IllegalArgumentException.class, () -> NamePattern.compile("^(?=x)(a)", "--group"));
        assertTrue(look.getMessage().contains("look-arounds are not supported"), look.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NamePattern.compile("a".repeat(501), "--group")).getMessage()
                .contains("at most 500"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NamePattern.compile("^\\d+_", "--group")).getMessage()
                .contains("needs a group in parentheses"));
        // a repetition RE2 would compile into a huge program: refused, quickly
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(IllegalArgumentException.class,
                () -> NamePattern.compile("((a{1000}){1000}){1000}(x)", "--group")));
    }

    @Test
    void theFirstGroupNamesTheAlgorithm() {
        NamePattern p = NamePattern.compile("^\\d+d?_([A-Za-z]+)", "--group");
        assertEquals("swiglu", p.group("64d_swiglu_456"));
        assertEquals("", p.group("summary"));
    }
}
