package org.scalingexplorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.CegResult;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ScalingLaw;

/**
 * Engine speed targets (issue 2): closed-form CEG <= 1 us, numeric CEG <= 20 us, attribution table (14 years x 8
 * innovations) <= 1 ms, loading the bundled dataset <= 50 ms. Run: see README, "Benchmarks".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
    private final Dataset paper = BundledDatasets.paper();
    private final ScalingLaw lstm = paper.algorithm("lstm").law();
    private final ScalingLaw transformer = paper.algorithm("transformer-2017").law();
    private final ScalingLaw kaplan = paper.algorithm("kaplan-allocation").law();
    private final ScalingLaw chinchilla = paper.algorithm("chinchilla-allocation").law();
    private final double[] computes = new double[64];
    private int next;

    public EngineBenchmark() {
        for (int i = 0; i < computes.length; i++) computes[i] = Math.pow(10, 15 + 10.0 * i / computes.length);
    }

    private double compute() {
        next = (next + 1) & 63;
        return computes[next];
    }

    @Benchmark
    public CegResult closedFormCeg() {
        return Ceg.between(lstm, transformer, Anchor.REFERENCE, compute());
    }

    /** Kaplan allocation (a fixed power rule) has no closed-form inverse: Brent in log C. */
    @Benchmark
    public CegResult numericCegParametric() {
        return Ceg.between(chinchilla, kaplan, Anchor.REFERENCE, compute());
    }

    /** A power-law reference against a parametric candidate with another floor: the candidate is inverted numerically. */
    @Benchmark
    public CegResult numericCegMixed() {
        return Ceg.between(lstm, kaplan, Anchor.REFERENCE, compute());
    }

    /** Two power laws forced through Brent, for comparison with the closed form. */
    @Benchmark
    public CegResult numericCegPowerLaws() {
        return Ceg.numeric(lstm, transformer, Anchor.REFERENCE, compute());
    }

    @Benchmark
    public List<AttributionRow> attributionTable() {
        return new Attribution(paper).table(Attribution.Mode.FRONTIER, 0, 2012, 2025, 1);
    }

    @Benchmark
    public Dataset loadBundledDataset() {
        return BundledDatasets.paper();
    }
}
