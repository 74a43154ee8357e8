package org.scalingexplorer.io.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.DoublePredicate;

import org.apache.commons.text.similarity.LevenshteinDistance;

import org.scalingexplorer.io.Problem;

/**
 * Validation helpers over a {@link JsonTree}: each check that fails adds a {@link Problem} and returns empty, so a
 * reader can go on and report everything wrong with a file in one pass.
 */
public final class JsonChecks {
    private final String file;
    private final List<Problem> problems;

    public JsonChecks(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }

    public void add(JsonTree.Node at, String path, String message) {
        add(at.location(), path, message);
    }

    public void add(JsonTree.Location at, String path, String message) {
        problems.add(new Problem(file, at.line(), at.column(), path, message));
    }

    /** Views {@code node} as an object with the given fields; reports a wrong type and unknown fields. */
    public Optional<ObjectView> object(JsonTree.Node node, String path, String... known) {
        if (node instanceof JsonTree.Obj o) {
            ObjectView view = new ObjectView(o, path, Set.of(known));
            view.reportUnknown();
            return Optional.of(view);
        }
        add(node, path, "expected an object, got " + node.describe());
        return Optional.empty();
    }

    public Optional<List<JsonTree.Node>> array(JsonTree.Node node, String path) {
        if (node instanceof JsonTree.Arr a) return Optional.of(a.items());
        add(node, path, "expected an array, got " + node.describe());
        return Optional.empty();
    }

    public OptionalDouble number(JsonTree.Node node, String path, DoublePredicate ok, String expected) {
        if (node instanceof JsonTree.Num n && Double.isFinite(n.value()) && ok.test(n.value())) {
            return OptionalDouble.of(n.value());
        }
        add(node, path, "expected " + expected + ", got " + node.describe());
        return OptionalDouble.empty();
    }

    public Optional<String> string(JsonTree.Node node, String path, String expected) {
        if (node instanceof JsonTree.Str s) return Optional.of(s.value());
        add(node, path, "expected " + expected + ", got " + node.describe());
        return Optional.empty();
    }

    /** The closest of {@code candidates} to {@code given}, if it is close enough to be a likely typo. */
    public static Optional<String> suggestion(String given, Set<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = given.toLowerCase();
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance.apply(lower, c.toLowerCase())).thenComparing(c -> c))
                .filter(c -> distance.apply(lower, c.toLowerCase()) <= Math.max(2, c.length() / 3));
    }

    public static String hint(String given, Set<String> candidates) {
        return suggestion(given, candidates)
                .map(s -> "; did you mean '" + s + "'?")
                .orElseGet(() -> candidates.isEmpty() ? "" : "; expected one of: " + String.join(", ", sorted(candidates)));
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }

    /** An object whose fields are read by name; knows which names it accepts. */
    public final class ObjectView {
        private final JsonTree.Obj obj;
        private final String path;
        private final Set<String> known;

        private ObjectView(JsonTree.Obj obj, String path, Set<String> known) {
            this.obj = obj;
            this.path = path;
            this.known = known;
        }

        public JsonTree.Obj node() {
            return obj;
        }

        public String path() {
            return path;
        }

        public String childPath(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        public Optional<JsonTree.Node> optional(String name) {
            JsonTree.Field f = obj.fields().get(name);
            return f == null || f.value() instanceof JsonTree.Null ? Optional.empty() : Optional.of(f.value());
        }

        public Optional<JsonTree.Node> required(String name, String expected) {
            Optional<JsonTree.Node> v = optional(name);
            if (v.isEmpty()) add(obj, childPath(name), "missing; expected " + expected);
            return v;
        }

        public OptionalDouble number(String name, boolean required, DoublePredicate ok, String expected) {
            Optional<JsonTree.Node> v = required ? required(name, expected) : optional(name);
            return v.isEmpty() ? OptionalDouble.empty() : JsonChecks.this.number(v.get(), childPath(name), ok, expected);
        }

        public Optional<String> string(String name, boolean required, String expected) {
            Optional<JsonTree.Node> v = required ? required(name, expected) : optional(name);
            return v.isEmpty() ? Optional.empty() : JsonChecks.this.string(v.get(), childPath(name), expected);
        }

        /** A string that must be one of {@code allowed}. */
        public Optional<String> choice(String name, boolean required, Set<String> allowed) {
            String expected = "one of " + String.join(", ", sorted(allowed).stream().map(s -> "\"" + s + "\"").toList());
            Optional<String> s = string(name, required, expected);
            if (s.isPresent() && !allowed.contains(s.get())) {
                add(obj.fields().get(name).value(), childPath(name),
                        "expected " + expected + ", got \"" + s.get() + "\"" + suggestion(s.get(), allowed).map(x -> "; did you mean '" + x + "'?").orElse(""));
                return Optional.empty();
            }
            return s;
        }

        public Optional<List<JsonTree.Node>> array(String name, boolean required) {
            Optional<JsonTree.Node> v = required ? required(name, "an array") : optional(name);
            return v.isEmpty() ? Optional.empty() : JsonChecks.this.array(v.get(), childPath(name));
        }

        /** An array of strings, each reported on its own if it is not a string. */
        public List<StringAt> strings(String name) {
            List<StringAt> out = new ArrayList<>();
            array(name, false).ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    String p = childPath(name) + "[" + i + "]";
                    JsonTree.Node item = items.get(i);
                    JsonChecks.this.string(item, p, "a string").ifPresent(s -> out.add(new StringAt(s, item, p)));
                }
            });
            return out;
        }

        private void reportUnknown() {
            Set<String> seen = new HashSet<>();
            for (JsonTree.Field f : obj.fields().values()) {
                if (!known.contains(f.name()) && seen.add(f.name())) {
                    add(f.keyLocation(), childPath(f.name()), "unknown field" + hint(f.name(), new LinkedHashSet<>(known)));
                }
            }
        }
    }

    /** A string value with where it stood, for checks that need the whole document first (ids). */
    public record StringAt(String value, JsonTree.Node node, String path) {
    }
}
