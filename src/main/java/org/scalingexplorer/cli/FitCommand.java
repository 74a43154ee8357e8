package org.scalingexplorer.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.FitResult;
import org.scalingexplorer.model.fit.Fitter;
import org.scalingexplorer.model.fit.LawKind;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fits a law to training runs (a CSV with compute and loss columns; params and tokens for chinchilla; "
                + "'Training FLOP' and 'Model Size' are understood) and prints each parameter with its bootstrap interval.")
final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", required = true, paramLabel = "FILE", description = "CSV of runs")
    Path runs;

    @Option(names = "--algorithm", paramLabel = "ID", description = "fit only this algorithm's runs (when the file has an algorithm column)")
    String algorithm;

    @Option(names = "--law", required = true, paramLabel = "LAW", description = "power, saturating or chinchilla")
    String law;

    @Option(names = "--drop-highest", defaultValue = "0", paramLabel = "K", description = "drop the K highest-loss runs (default ${DEFAULT-VALUE})")
    int dropHighest;

    @Option(names = "--frontier-bins", defaultValue = "0", paramLabel = "B",
            description = "keep only the lowest-loss run in each of B bins of log compute (default: all runs)")
    int frontierBins;

    @Option(names = "--min-compute", defaultValue = "0", paramLabel = "C", description = "use runs with at least this compute")
    double minCompute;

    @Option(names = "--max-compute", defaultValue = "Infinity", paramLabel = "C", description = "use runs with at most this compute")
    double maxCompute;

    @Option(names = "--huber", description = "robust saturating fit (Huber loss on log loss); the chinchilla fit always uses Huber")
    boolean huber;

    @Option(names = "--columns", split = ",", paramLabel = "ROLE=HEADER",
            description = "which column holds what, for files with other names: compute=..., loss=..., params=..., tokens=..., algorithm=... "
                    + "(e.g. --columns \"compute=Training FLOP,params=Model Size\")")
    Map<String, String> columns = new LinkedHashMap<>();

    @Mixin
    BootstrapOptions boot;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() throws InputException {
        LawKind kind = LawKind.parse(law);
        output.format();
        int bootstrap = boot.resamples();
        long seed = boot.seed;
        Check.count("--frontier-bins", frontierBins, 0, FitOptions.MAX_FRONTIER_BINS);
        Check.count("--drop-highest", dropHighest, 0, 1_000_000);
        Check.number("--min-compute", minCompute, 0, Check.MAX_COMPUTE, " FLOP");
        if (Double.isNaN(maxCompute) || maxCompute < 0) {
            throw new IllegalArgumentException("--max-compute must be a positive number of FLOP (or Infinity for no limit), got " + Check.fmt(maxCompute));
        }
        if (maxCompute < minCompute) {
            throw new IllegalArgumentException("--max-compute (" + Check.fmt(maxCompute) + ") must not be below --min-compute (" + Check.fmt(minCompute) + ")");
        }
        Map<String, List<Run>> byAlgorithm = RunsCsvReader.readForFit(runs, columns);
        List<Run> selected;
        if (algorithm != null) {
            selected = byAlgorithm.get(algorithm);
            if (selected == null) throw new IllegalArgumentException("no runs for algorithm '" + algorithm + "' in " + runs + "; it has " + byAlgorithm.keySet());
        } else if (byAlgorithm.size() == 1) {
            selected = byAlgorithm.values().iterator().next();
        } else {
            throw new IllegalArgumentException(runs + " has runs of " + byAlgorithm.keySet() + ": say which with --algorithm");
        }
        FitOptions options = new FitOptions(dropHighest, frontierBins, minCompute, maxCompute, huber);
        String method = switch (kind) {
            case POWER -> "least squares of ln L on ln C";
            case SATURATING -> "Levenberg-Marquardt on ln L" + (huber ? ", Huber (delta " + Fitter.SATURATING_HUBER_DELTA + ") by reweighting" : "");
            case CHINCHILLA -> "Huber (delta " + Fitter.HUBER_DELTA + ") on ln L against LogSumExp, BFGS from a grid of 4,500 starts (40 iterations each, the best 25 run to convergence)";
        };
        if (bootstrap > 0) {
            Bootstrap.Result b = Bootstrap.run(kind, selected, options, bootstrap, seed, Bootstrap.DEFAULT_LEVEL, i -> { }, new AtomicBoolean());
            output.print(spec.commandLine().getOut(), Reports.fit(b.fit(), b, method));
        } else {
            FitResult r = Fitter.fit(kind, selected, options);
            output.print(spec.commandLine().getOut(), Reports.fit(r, null, method));
        }
        return Cli.OK;
    }
}
