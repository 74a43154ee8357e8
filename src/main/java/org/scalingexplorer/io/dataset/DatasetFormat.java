package org.scalingexplorer.io.dataset;

/** Constants of the dataset file format, documented in docs/dataset-format.md. */
public final class DatasetFormat {
    public static final String FORMAT = "scaling-explorer-dataset";
    /** 2 added loss scales (an algorithm's "lossScale", the top-level "lossScales" and "comparableScales"). */
    public static final int VERSION = 2;
    /** Suggested file suffix; the desktop file association uses it. */
    public static final String SUFFIX = ".scaling.json";

    private DatasetFormat() {
    }
}
