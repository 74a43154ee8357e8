package org.scalingexplorer.io;

import java.util.List;

/** An input file that cannot be used, with every problem found in it. */
public class InputException extends Exception {
    private final String file;
    private final transient List<Problem> problems;

    public InputException(String file, List<Problem> problems) {
        super(summary(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public InputException(String file, String message) {
        this(file, List.of(new Problem(file, 0, 0, "", message)));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String file, List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) b.append(System.lineSeparator()).append("  ").append(p.describe());
        return b.toString();
    }
}
