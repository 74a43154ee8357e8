package org.scalingexplorer.model.fit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.ScalingLaw;

/** The laws the fitter knows. */
public enum LawKind {
    /** {@code L = A C^alpha}: least squares in log-log. */
    POWER("power"),
    /** {@code L = E + A C^alpha}: nonlinear least squares on log loss (Levenberg-Marquardt), optionally Huber-robust. */
    SATURATING("saturating"),
    /** {@code L = E + A / N^alpha + B / D^beta}: Huber loss on log loss, quasi-Newton from a grid of starts. */
    CHINCHILLA("chinchilla");

    private final String id;

    LawKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * The engine's law for fitted parameters: a pure power law is {@code E = 0}; L(N, D) allocates compute
     * optimally. Throws {@link IllegalArgumentException} naming the parameter when the law would not fall with compute.
     */
    public ScalingLaw law(Map<String, Double> p, Optional<ComputeRange> fittedRange) {
        return law(p, fittedRange, Optional.empty());
    }

    /** The same, with the compute its runs span beside the compute it was fitted over. */
    public ScalingLaw law(Map<String, Double> p, Optional<ComputeRange> fittedRange, Optional<ComputeRange> runsRange) {
        return switch (this) {
            case POWER -> new PowerLaw(0, p.get("A"), p.get("alpha"), fittedRange, runsRange);
            case SATURATING -> new PowerLaw(p.get("E"), p.get("A"), p.get("alpha"), fittedRange, runsRange);
            case CHINCHILLA -> new ParametricLaw(p.get("E"), p.get("A"), p.get("B"), p.get("alpha"), p.get("beta"),
                    new Allocation.ComputeOptimal(), fittedRange, runsRange);
        };
    }

    public static LawKind parse(String text) {
        for (LawKind k : values()) if (k.id.equals(text.trim().toLowerCase(Locale.ROOT))) return k;
        throw new IllegalArgumentException("unknown law '" + text + "'; expected power, saturating or chinchilla");
    }
}
