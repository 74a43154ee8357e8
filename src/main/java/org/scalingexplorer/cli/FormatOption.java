package org.scalingexplorer.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.model.Numbers;

/** How a command prints its report; every command that prints one takes it. */
class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, json or markdown (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "3",
            description = "significant figures in text and Markdown, 2 to 6 (default: ${DEFAULT-VALUE}); CSV and JSON keep full precision")
    int digits;

    /** The format and the figures, checked: commands call it before long work so a typo fails at once. */
    Report.Format format() {
        // for the rest of the command: Cli.run restores the digits when it returns
        Numbers.setThreadDigits(Check.count("--digits", digits, Numbers.MIN_DIGITS, Numbers.MAX_DIGITS));
        return Report.Format.parse(format);
    }

    void print(PrintWriter out, Report report) {
        out.print(report.render(format()));
        out.flush();
    }
}
