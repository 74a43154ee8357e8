package org.scalingexplorer.io;

/** Constants of the dataset file format, documented in docs/dataset-format.md. */
public final class DatasetFormat {
    public static final String FORMAT = "scaling-explorer-dataset";
    public static final int VERSION = 1;
    /** Suggested file suffix; the desktop file association uses it. */
    public static final String SUFFIX = ".scaling.json";

    private DatasetFormat() {
    }
}
