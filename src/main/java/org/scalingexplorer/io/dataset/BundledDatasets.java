package org.scalingexplorer.io.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.PublishedLaws;

/** Datasets and the library of published laws shipped inside the application (copied from sample-data/ at build time). */
public final class BundledDatasets {
    public static final String PAPER = "gundlach-2025.scaling.json";
    /** The library of published laws (docs/laws-format.md). */
    public static final String LAWS = "published-laws.json";

    private BundledDatasets() {
    }

    /** Read once (datasets are immutable); the class's initialisation lock lets one thread read it while another waits. */
    private static final class Paper {
        static final Dataset DATASET = load(PAPER);
    }

    private static final class Laws {
        static final PublishedLaws LIBRARY = loadLaws();
    }

    /** The library of published scaling laws shipped with the application. */
    public static PublishedLaws laws() {
        return Laws.LIBRARY;
    }

    private static PublishedLaws loadLaws() {
        try (InputStream in = BundledDatasets.class.getResourceAsStream("/sample-data/" + LAWS)) {
            if (in == null) throw new IllegalStateException("the library of published laws is missing from the application");
            return LawsReader.read("bundled:" + LAWS, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            // the bundled file is tested at build time; reaching this means a broken build
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The paper's model of 2012-2025, which the app opens by default. */
    public static Dataset paper() {
        return Paper.DATASET;
    }

    public static Dataset load(String name) {
        try (InputStream in = BundledDatasets.class.getResourceAsStream("/sample-data/" + name)) {
            if (in == null) throw new IllegalStateException("the bundled dataset " + name + " is missing from the application");
            return DatasetReader.read("bundled:" + name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            // the bundled file is tested at build time; reaching this means a broken build
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
