package org.scalingexplorer.cli;

import java.io.PrintWriter;

import org.scalingexplorer.io.Report;
import picocli.CommandLine.Option;

/** How a command prints its report; every command that prints one takes it. */
class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, json or markdown (default: ${DEFAULT-VALUE})")
    String format;

    /** The format, checked: commands call it before long work so a typo fails at once. */
    Report.Format format() {
        return Report.Format.parse(format);
    }

    void print(PrintWriter out, Report report) {
        out.print(report.render(format()));
        out.flush();
    }
}
