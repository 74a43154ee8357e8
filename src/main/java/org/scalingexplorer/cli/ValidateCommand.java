package org.scalingexplorer.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.io.runs.RunsCsvReader;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check datasets (.json) and runs files (.csv) and list every problem of each. Exit 0 if all are valid, 2 if any is not.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to check")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text, csv, json or markdown (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        Report.Format f = Report.Format.parse(format);
        Map<String, List<Problem>> results = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                if (file.getFileName().toString().toLowerCase().endsWith(".csv")) RunsCsvReader.read(file);
                else DatasetReader.read(file);
                results.put(file.toString(), List.of());
            } catch (InputException e) {
                results.put(file.toString(), e.problems());
            }
        }
        spec.commandLine().getOut().print(Reports.validation(results).render(f));
        return results.values().stream().allMatch(List::isEmpty) ? Cli.OK : Cli.BAD_INPUT;
    }
}
