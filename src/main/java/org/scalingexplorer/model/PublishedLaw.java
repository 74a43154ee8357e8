package org.scalingexplorer.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * A scaling law as a paper published it: its functional form, every parameter as printed (with its standard error
 * where one was given), where it comes from, and the loss scale its loss was measured on. The library of these
 * ships as data (docs/laws-format.md); {@link #lawOfCompute} turns one into a law the explorer can draw, where its
 * form is a law of compute.
 *
 * @param where      the table, equation or section the values come from
 * @param lossScale  the id of the library's loss scale
 * @param allocation for an L(N, D) law: {@code compute-optimal}, or the id of the library's allocation law it uses;
 *                   empty otherwise
 */
public record PublishedLaw(String id, String name, String authors, int year, String source, String where, String url, Form form,
                           Map<String, Parameter> parameters, Optional<ComputeRange> fittedRange, String lossScale, String allocation,
                           String computeUnit, String note) {
    /** One PF-day in FLOP: the unit of Kaplan et al.'s compute. */
    public static final double PF_DAY = 8.64e19;

    /**
     * A parameter as published: {@code se} is NaN where no standard error was given, and {@code interval} is the
     * confidence interval where one was given instead (a bootstrap's percentiles, say).
     */
    public record Parameter(double value, double se, Optional<Interval> interval) {
        public Parameter {
            interval = interval == null ? Optional.empty() : interval;
        }

        public Parameter(double value, double se) {
            this(value, se, Optional.empty());
        }

        public boolean hasSe() {
            return !Double.isNaN(se);
        }
    }

    /** A published confidence interval: {@code level} is its coverage, 0.95 for a 95% interval. */
    public record Interval(double low, double high, double level) {
        /** "95% interval 0.4907 to 0.5045". */
        public String describe(DoubleFunction<String> format) {
            return Math.round(level * 100) + "% interval " + format.apply(low) + " to " + format.apply(high);
        }
    }

    /** The functional forms the library knows, each with the parameters it takes, in the order papers write them. */
    public enum Form {
        POWER("power", "L(C) = E + A·C^alpha", "E", "A", "alpha"),
        KAPLAN_N("kaplan-n", "L(N) = (N_c / N)^alpha_N", "N_c", "alpha_N"),
        KAPLAN_D("kaplan-d", "L(D) = (D_c / D)^alpha_D", "D_c", "alpha_D"),
        KAPLAN_C("kaplan-c", "L(C) = (C_c / C)^alpha_C, C in PF-days", "C_c", "alpha_C"),
        KAPLAN_ND("kaplan-nd", "L(N, D) = [(N_c / N)^(alpha_N / alpha_D) + D_c / D]^alpha_D", "N_c", "D_c", "alpha_N", "alpha_D"),
        CHINCHILLA("chinchilla", "L(N, D) = E + A / N^alpha + B / D^beta", "E", "A", "B", "alpha", "beta"),
        DATA_CONSTRAINED("data-constrained", "L(N, D, U) = E + A / N'^alpha + B / D'^beta, repeated data and excess parameters decaying with R_D*, R_N*",
                "E", "A", "B", "alpha", "beta", "R_D", "R_N"),
        ALLOCATION_N("allocation-n", "N_opt(C) = k·C^a", "k", "a"),
        ALLOCATION_M("allocation-m", "M_opt(C) = k·C^a (non-embedding FLOPs per token)", "k", "a"),
        ALLOCATION_D("allocation-d", "D_opt(C) = k·C^b (tokens)", "k", "b"),
        ALLOCATION_EXPONENTS("allocation-exponents", "N_opt ∝ C^a, D_opt ∝ C^b", "a", "b");

        public final String id;
        public final String text;
        public final List<String> parameters;

        Form(String id, String text, String... parameters) {
            this.id = id;
            this.text = text;
            this.parameters = List.of(parameters);
        }

        public static Optional<Form> of(String id) {
            for (Form f : values()) if (f.id.equals(id)) return Optional.of(f);
            return Optional.empty();
        }

        /** Whether it says how to split compute rather than what loss it buys. */
        public boolean allocation() {
            return name().startsWith("ALLOCATION");
        }
    }

    public PublishedLaw {
        parameters = Map.copyOf(parameters);
        fittedRange = fittedRange == null ? Optional.empty() : fittedRange;
        allocation = allocation == null ? "" : allocation;
        computeUnit = computeUnit == null || computeUnit.isBlank() ? "FLOP" : computeUnit;
        note = note == null ? "" : note;
        url = url == null ? "" : url;
    }

    public double value(String parameter) {
        Parameter p = parameters.get(parameter);
        if (p == null) throw new IllegalArgumentException(id + " has no parameter " + parameter);
        return p.value();
    }

    /** The parameters in the form's order. */
    public List<Map.Entry<String, Parameter>> ordered() {
        return form.parameters.stream().map(n -> Map.entry(n, parameters.get(n))).toList();
    }

    /** "Hoffmann et al. 2022": how a list names it. */
    public String byline() {
        return authors + " " + year;
    }

    /** Whether every word of {@code query} is found in its id, name, authors, year, form, source or loss scale. */
    public boolean matches(String query, LossScale scale) {
        String hay = String.join(" ", id, name, authors, Integer.toString(year), form.id, form.text, source, scale.name(), scale.data(), scale.loss())
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !hay.contains(word)) return false;
        }
        return true;
    }

    /**
     * What the explorer can draw of it: a law of compute. {@code E + A C^alpha} is one; Kaplan's L(C_min) is the pure
     * power law {@code (C_c / C)^alpha_C} with C_c turned into FLOP; an L(N, D) law of Hoffmann's form (and the
     * data-constrained law with unlimited unique data, where it is Hoffmann's form) becomes one with its allocation.
     * Empty for the others; {@link #whyNotALawOfCompute} says why.
     */
    public Optional<ScalingLaw> lawOfCompute() {
        return switch (form) {
            case POWER -> Optional.of(new PowerLaw(value("E"), value("A"), value("alpha"), fittedRange));
            case KAPLAN_C -> {
                double alpha = value("alpha_C");
                yield Optional.of(new PowerLaw(0, Math.pow(value("C_c") * PF_DAY, alpha), -alpha, fittedRange));
            }
            case CHINCHILLA, DATA_CONSTRAINED -> allocation.equals("compute-optimal")
                    ? Optional.of(new ParametricLaw(value("E"), value("A"), value("B"), value("alpha"), value("beta"), new Allocation.ComputeOptimal(),
                    fittedRange))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Why {@link #lawOfCompute} is empty; empty when it is not. */
    public Optional<String> whyNotALawOfCompute() {
        if (lawOfCompute().isPresent()) return Optional.empty();
        return Optional.of(switch (form) {
            case KAPLAN_N -> "a law in parameters alone (" + form.text + "): it says nothing of compute";
            case KAPLAN_D -> "a law in tokens alone (" + form.text + "): it says nothing of compute";
            case KAPLAN_ND -> "Kaplan's L(N, D) form is not one the explorer draws; his law of compute is kaplan-2020-cmin";
            default -> form.allocation() ? "an allocation law: it says how to split compute, not what loss it buys"
                    : "no compute-optimal allocation is given for it";
        });
    }

    /**
     * The data-constrained loss of Muennighoff et al. 2023 for N parameters trained on D tokens of which U are unique:
     * repeated tokens are worth less as {@code R_D* (1 - exp(-R_D / R_D*))}, and parameters beyond what U tokens
     * can use as the same with {@code R_N*} (their repository's {@code scaling_law}).
     */
    public double dataConstrainedLoss(double n, double d, double u) {
        if (form != Form.DATA_CONSTRAINED) throw new IllegalStateException(id + " is not a data-constrained law");
        double e = value("E");
        double a = value("A");
        double b = value("B");
        double alpha = value("alpha");
        double beta = value("beta");
        double rdStar = value("R_D");
        double rnStar = value("R_N");
        double g = Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
        // the parameters U unique tokens can use at the compute-optimal ratio
        double usable = Math.pow(u * g, beta / alpha) * g;
        double rd = Math.max(d / u - 1, 0);
        double un = Math.min(n, usable);
        double rn = Math.max(n / un - 1, 0);
        return e + a / Math.pow(un + un * rnStar * (1 - Math.exp(-rn / rnStar)), alpha)
                + b / Math.pow(u + u * rdStar * (1 - Math.exp(-rd / rdStar)), beta);
    }

    /** An allocation law's value at {@code compute} FLOP (in its own compute unit). */
    public double allocationAt(double compute) {
        if (!(form == Form.ALLOCATION_N || form == Form.ALLOCATION_M || form == Form.ALLOCATION_D)) {
            throw new IllegalStateException(id + " gives no values, only exponents");
        }
        double c = computeUnit.equals("PF-day") ? compute / PF_DAY : compute;
        return value("k") * Math.pow(c, value(form == Form.ALLOCATION_D ? "b" : "a"));
    }
}
