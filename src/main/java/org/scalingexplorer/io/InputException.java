package org.scalingexplorer.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An input file that cannot be used, with every problem found in it (the first {@link Problems#MAX}, then a count). */
public class InputException extends Exception {
    private final String file;
    private final transient List<Problem> problems;

    public InputException(String file, List<Problem> problems) {
        this(file, withCount(file, problems), total(problems));
    }

    public InputException(String file, String message) {
        this(file, List.of(new Problem(file, 0, 0, "", message)));
    }

    private InputException(String file, List<Problem> listed, long total) {
        super(summary(file, listed, total));
        this.file = file;
        this.problems = listed;
    }

    public String file() {
        return file;
    }

    /** The problems listed, ending with "and N more problems" when some were not kept. */
    public List<Problem> problems() {
        return problems;
    }

    private static long total(List<Problem> problems) {
        return problems.size() + (problems instanceof Problems p ? p.dropped() : 0);
    }

    private static List<Problem> withCount(String file, List<Problem> problems) {
        if (!(problems instanceof Problems p) || p.dropped() == 0) return List.copyOf(problems);
        List<Problem> all = new ArrayList<>(problems);
        all.add(p.more(file));
        return List.copyOf(all);
    }

    private static String summary(String file, List<Problem> problems, long total) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": ").append(String.format(Locale.ROOT, "%,d", total)).append(total == 1 ? " problem" : " problems");
        for (Problem p : problems) b.append(System.lineSeparator()).append("  ").append(p.describe());
        return b.toString();
    }
}
