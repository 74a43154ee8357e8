package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Names hold controls as visible symbols, written out by hand from the Unicode charts. */
class NamesTest {
    @Test
    void controlsBecomeTheirPicturesAndTheRestTheReplacementCharacter() {
        assertEquals("LS\u2407TM\u241b[31m", Names.visible("LS\u0007TM\u001b[31m"));   // BEL ␇, ESC ␛
        assertEquals("a\u240d\u240ab\u2409c\u2421", Names.visible("a\r\nb\tc\u007f"));  // CR ␍, LF ␊, TAB ␉, DEL ␡
        assertEquals("x\ufffdy\ufffdz", Names.visible("x\u0085y\u009bz"));            // C1 NEL and CSI
        assertEquals("gpt\ufffdtxt.exe\ufffd", Names.visible("gpt\u202etxt.exe\u2069")); // RLO and PDI
        assertEquals("a\ufffdb", Names.visible("a\ud800b"));                            // a lone surrogate
        assertEquals("a\ufffd", Names.visible("a\uffff"));
    }

    @Test
    void everythingElseStaysAndTwiceIsOnce() {
        String kept = "\u05e9\u05dc\u05d5\u05dd \u200f(RTL)\u200e \ud83d\ude80 Transformer (2017) \u00e9";
        assertSame(kept, Names.visible(kept));
        String once = Names.visible("a\u0007\u202eb\n");
        assertEquals(once, Names.visible(once));
        assertNull(Names.visible(null));
    }

    @Test
    void textOfSeveralLinesKeepsItsLineFeedsAndTabs() {
        assertEquals("line one\nline\ttwo\u2407", Names.visibleLines("line one\nline\ttwo\u0007"));
        assertEquals("a\u240d\nb", Names.visibleLines("a\r\nb"));
    }

    @Test
    void theRecordsKeepNamesVisibleWhateverMadeThem() {
        Algorithm a = new Algorithm("x", "bad\u0007\nname", "", "two\nlines\u001b", new PowerLaw(1, 10, -0.1, Optional.empty(),
                Optional.empty()), List.of(), Set.of(), false);
        assertEquals("bad\u2407\u240aname", a.name());
        assertEquals("two\nlines\u241b", a.description());
        assertEquals("r\u2407", a.withIdentity("r\u0007", "", LineStyle.DEFAULT).name());
        assertEquals("i\ufffd", new Innovation.ScaleInvariant("i", "i\u202e", 2020, OptionalDouble.empty(), 2, "").name());
        assertEquals("C4\u2407", new LossScale("c4", "C4\u0007", "", "", "").name());
        assertEquals("k\u240a", new Workspace.Keyframe("k\n", "x", Anchor.REFERENCE, 20, 2020, Attribution.Mode.FRONTIER, 0, true).name());
    }
}
