package org.scalingexplorer.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.report.LawReports;
import org.scalingexplorer.model.PublishedLaws;

@Command(name = "laws", mixinStandardHelpOptions = true,
        description = "Lists the library of published scaling laws: each law's form, its parameters as published (with standard errors "
                + "where given), its source and the loss scale it was measured on. Add one to ceg or export with --law ID.")
final class LawsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "WORDS", description = "only the laws whose author, year, form, name or data hold every word")
    String search;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        output.format();
        PublishedLaws library = BundledDatasets.laws();
        output.print(spec.commandLine().getOut(), LawReports.laws(library, library.search(search)));
        return Cli.OK;
    }
}
