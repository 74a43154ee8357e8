package org.scalingexplorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.PowerLaw;

/** The real data files the tests and benchmarks read, kept in the repository (see src/test/resources/data/README.md). */
public final class TestData {
    /** Epoch AI's extraction of the 245 runs in Figure 4 of Hoffmann et al. 2022. */
    public static final Path CHINCHILLA = file("chinchilla-figure4-extracted.csv");
    /** Epoch AI's database of ML systems (CC BY 4.0), as exported. */
    public static final Path EPOCH = file("epoch-all-ml-systems.csv");

    private TestData() {
    }

    /**
     * Sixteen runs drawn from the bundled Transformer (2017) law, 10^12.6 to 10^17.2 FLOP, with 2% noise (seeded),
     * written to {@code file} as compute,loss: refitted with a bootstrap, they give that law intervals.
     */
    public static Path transformerRuns(Path file) throws IOException {
        PowerLaw law = (PowerLaw) BundledDatasets.paper().algorithm("transformer-2017").law();
        List<String> lines = new ArrayList<>(List.of("compute,loss"));
        Random noise = new Random(7);
        for (int i = 0; i < 16; i++) {
            double c = Math.pow(10, 12.6 + i * 4.6 / 15);
            lines.add(c + "," + law.loss(c) * (1 + 0.02 * noise.nextGaussian()));
        }
        return Files.write(file, lines);
    }

    /** Resolved against the project directory, where Maven and the README's benchmark commands run. */
    public static Path file(String name) {
        return Path.of("src", "test", "resources", "data", name);
    }
}
