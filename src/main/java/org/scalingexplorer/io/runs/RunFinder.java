package org.scalingexplorer.io.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.files.InputFiles;
import org.scalingexplorer.model.Names;

/**
 * Finds the runs under a folder for {@link CurvesReader#plan}: regular {@code .csv} files are taken; links (not
 * followed), folders past the depth limit, FIFOs, devices, sockets and other files are listed with their reason; a
 * file reached twice is taken once.
 */
final class RunFinder {
    private RunFinder() {
    }

    /** Paths in the order people count: digits compared as numbers, so 32_modern comes before 128_modern. */
    static final Comparator<Path> NATURAL = (a, b) -> Names.NATURAL.compare(a.toString(), b.toString());

    static void walk(Path dir, NamePattern group, List<CurvesReader.RunFile> out, List<CurvesReader.Skip> skipped, Map<Path, Path> seen) throws InputException {
        List<Path> found = new ArrayList<>();
        List<CurvesReader.Skip> left = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), CurvesReader.MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    String name = f.getFileName() == null ? "" : f.getFileName().toString();
                    if (a.isDirectory()) {
                        left.add(new CurvesReader.Skip(f.toString(), "", String.format(Locale.ROOT, "a folder deeper than %d levels below %s: not read", CurvesReader.MAX_DEPTH, dir)));
                    } else if (a.isSymbolicLink()) {
                        left.add(new CurvesReader.Skip(f.toString(), "", "a link (links inside a folder are not followed; name the file or folder it points to)"));
                    } else if (!a.isRegularFile()) {
                        left.add(new CurvesReader.Skip(f.toString(), "", "not a regular file (" + InputFiles.kind(f) + ")"));
                    } else if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        left.add(new CurvesReader.Skip(f.toString(), "", "not a .csv file"));
                    } else {
                        found.add(f);
                    }
                    return found.size() > CurvesReader.MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    left.add(new CurvesReader.Skip(f.toString(), "", "cannot be read: " + InputFiles.reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(dir.toString(), "cannot be read as a folder of runs: " + e.getMessage());
        }
        if (found.isEmpty() && left.isEmpty()) {
            skipped.add(new CurvesReader.Skip(dir.toString(), "", "an empty folder"));
        }
        found.sort(NATURAL);
        for (Path f : found) add(f, group, out, skipped, seen);
        left.sort(Comparator.comparing(CurvesReader.Skip::file));
        skipped.addAll(left);
    }

    static void add(Path f, NamePattern group, List<CurvesReader.RunFile> out, List<CurvesReader.Skip> skipped, Map<Path, Path> seen) {
        Path real;
        try {
            real = f.toRealPath();
        } catch (IOException e) {
            real = f.toAbsolutePath().normalize();
        }
        Path first = seen.putIfAbsent(real, f);
        if (first != null) {
            skipped.add(new CurvesReader.Skip(f.toString(), "", "the same file as " + first + ", given again: read once"));
            return;
        }
        out.add(CurvesReader.runFile(f, group));
    }
}
