package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.io.runs.EpochCsvReader;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.TrendFit;

@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Fits the frontier compute trend C(year) = C0 * g^(year - year0) to Epoch AI's CSV of ML systems and prints "
                + "the growth per year with its 90%% interval; rows it cannot use are counted by reason.")
final class TrendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--epoch", required = true, paramLabel = "FILE", description = "Epoch AI's 'All ML Systems' CSV, as exported")
    Path epoch;

    @Option(names = "--select", defaultValue = "all", paramLabel = "HOW",
            description = "all, notable (Epoch AI's notability criteria), top-n (the N largest of each year) or residual (above a first fit "
                    + "to all) (default ${DEFAULT-VALUE})")
    String select;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "N for top-n (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--from", defaultValue = "2010", paramLabel = "YEAR", description = "first publication year used (default ${DEFAULT-VALUE})")
    double from;

    @Option(names = "--year0", defaultValue = "2013", paramLabel = "YEAR", description = "the year C0 refers to (default ${DEFAULT-VALUE})")
    double year0;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() throws InputException {
        TrendFit.Selection selection = TrendFit.Selection.parse(select);
        output.format();
        Check.count("--top", top, 1, 10_000);
        Check.year("--from", from);
        Check.year("--year0", year0);
        EpochCsvReader.Result r = Prefetched.epoch(epoch, () -> print(WARM_UP, selection, new PrintWriter(Writer.nullWriter())));
        print(r, selection, spec.commandLine().getOut());
        return Cli.OK;
    }

    private void print(EpochCsvReader.Result r, TrendFit.Selection selection, PrintWriter out) {
        TrendFit.Result t = TrendFit.fit(r.models(), selection, top, from, year0);
        output.print(out, Reports.trend(t, r.skipped(), selection.id()));
    }

    /**
     * The command's steps with its default options on {@link #WARM_UP}, printed nowhere: run on the reading thread
     * once the file is read, so that fitting and printing are not cold when the command gets there.
     */
    static void warmUp() {
        TrendFit.Result t = TrendFit.fit(WARM_UP.models(), TrendFit.Selection.ALL, 10, 2010, 2013);
        Reports.trend(t, WARM_UP.skipped(), TrendFit.Selection.ALL.id()).render(Report.Format.TEXT);
    }

    /** Three models a decade apart, for the steps run while the file is still being read. */
    private static final EpochCsvReader.Result WARM_UP = new EpochCsvReader.Result(List.of(
            new NotableModel("a", LocalDate.of(2012, 1, 1), 1e18, Double.NaN, "", true),
            new NotableModel("b", LocalDate.of(2017, 1, 1), 1e21, Double.NaN, "", true),
            new NotableModel("c", LocalDate.of(2022, 1, 1), 1e24, Double.NaN, "", true)), Map.of("no training compute", 1), 4);
}
