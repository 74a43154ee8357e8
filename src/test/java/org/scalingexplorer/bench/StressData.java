package org.scalingexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Run;

/** A generated dataset for speed tests: {@code algorithms} power laws with {@code runs} noisy runs spread over them. */
public final class StressData {
    private StressData() {
    }

    public static Dataset generate(int algorithms, int runs, long seed) {
        Random rnd = new Random(seed);
        List<Algorithm> list = new ArrayList<>();
        int perAlgorithm = runs / algorithms;
        for (int i = 0; i < algorithms; i++) {
            PowerLaw law = new PowerLaw(1.7 + rnd.nextDouble() * 0.3, 20 + rnd.nextDouble() * 80, -0.05 - rnd.nextDouble() * 0.06,
                    Optional.of(new ComputeRange(1e13, 1e20)));
            List<Run> rs = new ArrayList<>(perAlgorithm);
            for (int k = 0; k < perAlgorithm; k++) {
                double c = Math.pow(10, 13 + 7 * rnd.nextDouble());
                rs.add(new Run(c, law.loss(c) * Math.exp(0.02 * rnd.nextGaussian())));
            }
            list.add(new Algorithm("algo-" + i, "Algorithm " + i, "", "", law, rs, Set.of(), false));
        }
        return BundledDatasets.paper().withInnovations(List.of()).withAlgorithms(list);
    }
}
