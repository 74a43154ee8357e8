package org.scalingexplorer.io.json;

import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Uncertainty;

/** How the reports write the bootstrap intervals of their headline numbers. */
public final class IntervalFields {
    public static final String NO_TOTAL = "no draw of the fitted laws reaches a total here";
    public static final String NO_SHARE = "no draw of the fitted laws gives a share between 0 and 100% here";
    public static final String SHARE_UNDEFINED = "the share is undefined here";

    private IntervalFields() {
    }

    /** {@code "<name>": {"level", "low", "high"}}, or null and {@code "<name>Reason"} when there is none. */
    public static void put(ObjectNode row, String name, Optional<Bootstrap.Interval> interval, double level, String reasonIfNone) {
        if (interval.isEmpty()) {
            row.putNull(name);
            row.put(name + "Reason", reasonIfNone);
            return;
        }
        ObjectNode o = row.putObject(name);
        o.put("level", level);
        o.put("low", interval.get().low());
        o.put("high", interval.get().high());
    }

    /** The root's {@code "intervals"}: level, draws, the fitted algorithms and the method. */
    public static void describe(ObjectNode root, Uncertainty u) {
        ObjectNode i = root.putObject("intervals");
        i.put("level", u.level());
        i.put("draws", u.draws());
        var fitted = i.putArray("fitted");
        u.fitted().forEach(fitted::add);
        i.put("method", "percentile interval over joint bootstrap draws of the fitted laws (resample i of every fitted law)");
    }

    /** e.g. "95% intervals over 1000 bootstrap draws of the fitted Transformer (2017)". */
    public static String words(Dataset d, Uncertainty u, String what) {
        return Math.round(u.level() * 100) + "% " + what + " over " + u.draws() + " bootstrap draws of the fitted "
                + u.fitted().stream().map(id -> d.findAlgorithm(id).map(Algorithm::name).orElse(id)).collect(Collectors.joining(", "));
    }
}
