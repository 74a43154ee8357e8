package org.scalingexplorer.io.workspace;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.FitResult;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.Uncertainty;

/** A workspace's fit (its options, parameters, residuals, bootstrap resamples and algorithms), read for {@link WorkspaceReading}. */
final class FitReading {
    private final WorkspaceReading r;

    FitReading(WorkspaceReading r) {
        this.r = r;
    }

    AppliedFit fit(JsonNode f, String path, Dataset d) {
        if (!f.isObject()) {
            r.problem(path, "expected an object");
            return null;
        }
        String id = r.text(f, path + ".algorithm", true);
        if (id == null) return null;
        if (d.findAlgorithm(id).isEmpty()) {
            r.problem(path + ".algorithm", "no algorithm '" + id + "' in the dataset");
            return null;
        }
        boolean active = r.bool(f, path + ".active", true);
        JsonNode opt = f.path("options");
        FitOptions options;
        try {
            options = new FitOptions((int) r.numberIn(opt, path + ".options.dropHighest", 0, false, 0, 10_000_000, true),
                    (int) r.numberIn(opt, path + ".options.frontierBins", 0, false, 0, FitOptions.MAX_FRONTIER_BINS, true),
                    r.numberIn(opt, path + ".options.minCompute", 0, false, 0, 1e40, false),
                    r.numberIn(opt, path + ".options.maxCompute", Double.POSITIVE_INFINITY, false, 0, 1e300, false),
                    r.bool(opt, path + ".options.huber", false));
        } catch (IllegalArgumentException e) {
            r.problem(path + ".options", e.getMessage());
            return null;
        }
        JsonNode fit = f.path("fit");
        LawKind kind;
        try {
            kind = LawKind.parse(fit.path("law").asText(""));
        } catch (IllegalArgumentException e) {
            r.problem(path + ".fit.law", e.getMessage());
            return null;
        }
        Map<String, Double> params = new LinkedHashMap<>();
        JsonNode ps = fit.path("parameters");
        for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) r.problem(path + ".fit.parameters." + e.getKey(), "expected a number");
            else params.put(e.getKey(), e.getValue().asDouble());
        }
        JsonNode res = fit.path("residuals");
        double[] residuals = new double[res.isArray() ? res.size() : 0];
        for (int i = 0; i < residuals.length; i++) {
            if (!res.get(i).isNumber() || !Double.isFinite(res.get(i).asDouble())) {
                r.problem(path + ".fit.residuals[" + i + "]", "expected a finite number, got " + res.get(i));
                return null;
            }
            residuals[i] = res.get(i).asDouble();
        }
        Algorithm inDataset = d.algorithm(id);
        ScalingLaw law;
        try {
            law = kind.law(params, inDataset.law().fittedRange(), inDataset.law().runsRange());
        } catch (RuntimeException e) {
            r.problem(path + ".fit.parameters", "do not make a " + kind.id() + " law: " + e.getMessage());
            return null;
        }
        FitResult result = new FitResult(kind, params, law, (int) r.numberIn(fit, path + ".fit.used", 0, false, 0, 10_000_000, true),
                (int) r.numberIn(fit, path + ".fit.dropped", 0, false, 0, 10_000_000, true), r.number(fit, path + ".fit.rSquared", Double.NaN, false),
                r.number(fit, path + ".fit.rmse", Double.NaN, false), residuals);
        Bootstrap.Result boot = null;
        JsonNode b = f.path("bootstrap");
        if (b.isObject()) {
            List<String> names = new ArrayList<>();
            b.path("parameters").forEach(n -> names.add(n.asText()));
            if (!names.equals(new ArrayList<>(params.keySet()))) {
                r.problem(path + ".bootstrap.parameters", "expected " + params.keySet() + ", the fit's parameters in order");
                return null;
            }
            List<Map<String, Double>> samples = new ArrayList<>();
            JsonNode rows = b.path("samples");
            if (!rows.isArray() || rows.size() > Bootstrap.MAX_RESAMPLES) {
                r.problem(path + ".bootstrap.samples", "expected a list of at most " + Bootstrap.MAX_RESAMPLES + " resamples");
                return null;
            }
            // each resample becomes a map of its parameters: bounded over all the fits, within the heap budget
            r.samplesRead += rows.size();
            if (r.samplesRead > WorkspaceReading.MAX_SAMPLES) {
                r.problem(path + ".bootstrap.samples", String.format(Locale.ROOT, "the fits' resamples add up to more than %,d; at most %,d are read "
                        + "in one workspace (refit with fewer resamples)", WorkspaceReading.MAX_SAMPLES, WorkspaceReading.MAX_SAMPLES));
                return null;
            }
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                if (!row.isArray() || row.size() != names.size()) {
                    r.problem(path + ".bootstrap.samples[" + i + "]", "expected " + names.size() + " numbers");
                    return null;
                }
                Map<String, Double> m = new LinkedHashMap<>();
                for (int k = 0; k < names.size(); k++) {
                    JsonNode x = row.get(k);
                    if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                        r.problem(path + ".bootstrap.samples[" + i + "][" + k + "]", "expected a finite number (" + names.get(k) + "), got " + x);
                        return null;
                    }
                    m.put(names.get(k), x.asDouble());
                }
                samples.add(m);
            }
            double level = r.number(b, path + ".bootstrap.level", Bootstrap.DEFAULT_LEVEL, false);
            if (!(level > 0 && level < 1)) {
                r.problem(path + ".bootstrap.level", "expected a number between 0 and 1");
                return null;
            }
            Bootstrap.Result partial = new Bootstrap.Result(result, Map.of(), samples,
                    (int) r.numberIn(b, path + ".bootstrap.failed", 0, false, 0, Bootstrap.MAX_RESAMPLES, true),
                    level, (long) r.numberIn(b, path + ".bootstrap.seed", 1, false, -9.007199254740992E15, 9.007199254740992E15, true));
            Map<String, Bootstrap.Interval> intervals = new LinkedHashMap<>();
            for (String n : names) intervals.put(n, Bootstrap.interval(partial, p -> p.get(n)));
            boot = new Bootstrap.Result(result, intervals, samples, partial.failed(), level, partial.seed());
        }
        Algorithm original = null;
        if (f.has("original")) {
            Dataset o = r.embedded(f, "original", path + ".original");
            if (o == null) return null;
            if (o.findAlgorithm(id).isEmpty()) {
                r.problem(path + ".original", "holds no algorithm '" + id + "'");
                return null;
            }
            original = o.algorithm(id);
        }
        Algorithm fitted = inDataset;
        if (!active) {
            if (!f.has("fitted")) {
                r.problem(path + ".fitted", "missing: an inactive fit keeps its fitted algorithm");
                return null;
            }
            Dataset o = r.embedded(f, "fitted", path + ".fitted");
            if (o == null) return null;
            if (o.findAlgorithm(id).isEmpty()) {
                r.problem(path + ".fitted", "holds no algorithm '" + id + "'");
                return null;
            }
            fitted = o.algorithm(id);
        }
        List<ScalingLaw> laws = boot == null ? List.of() : Uncertainty.laws(boot, fitted.law().fittedRange());
        return new AppliedFit(id, f.path("source").asText(""), options, result, boot, original, fitted, laws, active);
    }
}
