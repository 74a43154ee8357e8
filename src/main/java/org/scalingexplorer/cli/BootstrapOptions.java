package org.scalingexplorer.cli;

import picocli.CommandLine.Option;

import org.scalingexplorer.model.fit.Bootstrap;

/** The bootstrap's options, shared by the fitting commands. */
final class BootstrapOptions {
    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N", description = "bootstrap resamples, 0 for none (default ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "bootstrap seed (default ${DEFAULT-VALUE})")
    long seed;

    /** The resamples, checked. */
    int resamples() {
        Check.count("--bootstrap", resamples, 0, Bootstrap.MAX_RESAMPLES);
        return resamples;
    }
}
