package org.scalingexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The layering rules of STYLE.md, checked on the sources so that they stay true. */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java/org/scalingexplorer");

    static List<Path> sources(String folder) throws IOException {
        Path dir = MAIN.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    static List<String> offenders(List<Path> files, String forbidden) {
        return files.stream().filter(p -> {
            try {
                return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import " + forbidden) || l.startsWith("import static " + forbidden));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
    }

    @Test
    void theEngineAndTheCommandLineKnowNothingOfJavaFx() throws IOException {
        for (String layer : new String[] {"model", "io", "cli", "render"}) {
            assertEquals(List.of(), offenders(sources(layer), "javafx."), layer + " must not import JavaFX");
        }
    }

    @Test
    void theModelKnowsNoJsonOrCsv() throws IOException {
        assertEquals(List.of(), offenders(sources("model"), "com.fasterxml"));
        assertEquals(List.of(), offenders(sources("model"), "org.apache.commons.csv"));
        assertEquals(List.of(), offenders(sources("model"), "org.scalingexplorer.io"));
    }

    @Test
    void viewModelsNeverTouchNodes() throws IOException {
        List<Path> viewModels = sources("ui").stream().filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).toList();
        assertEquals(List.of(), offenders(viewModels, "javafx.scene"));
    }
}
