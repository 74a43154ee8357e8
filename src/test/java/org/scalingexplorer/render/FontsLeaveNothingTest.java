package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.files.UserDirectories;

/**
 * Loading the bundled typeface leaves nothing in the temporary folder, even when the process is killed: the face is
 * loaded from a copy in the cache folder, not from a stream (which the JDK copies to a +~JF*.tmp file of its own that
 * only a clean exit removes).
 */
class FontsLeaveNothingTest {
    /** The child: loads both faces, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        // as the program's entry point does
        Fonts.loadFromCopies(UserDirectories::cachedCopy);
        Fonts.awt(13, false).canDisplay('x');
        Fonts.awt(13, true).canDisplay('x');
        System.out.println("loaded");
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void aKilledRunLeavesNoFontFileInTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path home = Files.createDirectories(dir.resolve("home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, "-Dscalingexplorer.home=" + home,
                "-cp", System.getProperty("java.class.path"), FontsLeaveNothingTest.class.getName()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            assertEquals("loaded", out.readLine());
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            List<String> names = left.map(x -> x.getFileName().toString()).toList();
            assertEquals(List.of(), names, "nothing left in the temporary folder");
        }
        try (Stream<Path> cached = Files.walk(home)) {
            assertTrue(cached.anyMatch(x -> x.getFileName().toString().equals("DejaVuSans-Bold.ttf")), "the faces are kept in the cache folder");
        }
    }
}
