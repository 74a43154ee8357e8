package org.scalingexplorer;

import java.nio.file.Path;

/** The real data files the tests and benchmarks read, kept in the repository (see src/test/resources/data/README.md). */
public final class TestData {
    /** Epoch AI's extraction of the 245 runs in Figure 4 of Hoffmann et al. 2022. */
    public static final Path CHINCHILLA = file("chinchilla-figure4-extracted.csv");
    /** Epoch AI's database of ML systems (CC BY 4.0), as exported. */
    public static final Path EPOCH = file("epoch-all-ml-systems.csv");

    private TestData() {
    }

    /** Resolved against the project directory, where Maven and the README's benchmark commands run. */
    public static Path file(String name) {
        return Path.of("src", "test", "resources", "data", name);
    }
}
