package org.scalingexplorer.io.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.Citation;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.ComputeTrend;
import org.scalingexplorer.model.ContextResult;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;

/** Writes a {@link Dataset} in the format {@link DatasetReader} reads (version {@value DatasetFormat#VERSION}). */
public final class DatasetWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DatasetWriter() {
    }

    public static String toJson(Dataset d) {
        try {
            return MAPPER.writeValueAsString(toTree(d)) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toTree(Dataset d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", DatasetFormat.FORMAT);
        root.put("version", DatasetFormat.VERSION);
        ObjectNode meta = root.putObject("metadata");
        meta.put("title", d.metadata().title());
        meta.put("description", d.metadata().description());
        if (!d.metadata().license().isEmpty()) meta.put("license", d.metadata().license());
        ArrayNode cites = meta.putArray("citations");
        for (Citation c : d.metadata().citations()) {
            ObjectNode o = cites.addObject();
            if (!c.key().isEmpty()) o.put("key", c.key());
            o.put("text", c.text());
            if (!c.bibtex().isEmpty()) o.put("bibtex", c.bibtex());
            if (!c.url().isEmpty()) o.put("url", c.url());
        }
        ObjectNode units = root.putObject("units");
        units.put("compute", "FLOP");
        units.put("loss", d.metadata().lossUnit());
        if (!d.metadata().lossScales().isEmpty()) {
            ArrayNode scales = root.putArray("lossScales");
            for (LossScale s : d.metadata().lossScales()) {
                ObjectNode o = scales.addObject();
                o.put("id", s.id());
                o.put("name", s.name());
                if (!s.data().isEmpty()) o.put("data", s.data());
                if (!s.tokenizer().isEmpty()) o.put("tokenizer", s.tokenizer());
                if (!s.loss().isEmpty()) o.put("loss", s.loss());
            }
        }
        if (!d.metadata().comparableScales().isEmpty()) {
            ArrayNode pairs = root.putArray("comparableScales");
            for (List<String> p : d.metadata().comparableScales()) {
                ArrayNode a = pairs.addArray();
                p.forEach(a::add);
            }
        }
        ArrayNode algorithms = root.putArray("algorithms");
        for (Algorithm a : d.algorithms()) algorithm(algorithms.addObject(), a);
        ArrayNode innovations = root.putArray("innovations");
        for (Innovation i : d.innovations()) innovation(innovations.addObject(), i);
        ArrayNode context = root.putArray("context");
        for (ContextResult c : d.context()) {
            ObjectNode o = context.addObject();
            o.put("name", c.name());
            o.put("multiplier", c.multiplier());
            if (!c.note().isEmpty()) o.put("note", c.note());
            if (!c.source().isEmpty()) o.put("source", c.source());
        }
        d.trend().ifPresent(t -> trend(root.putObject("computeTrend"), t));
        return root;
    }

    /** One algorithm as the format writes it, e.g. to export a what-if law. */
    public static String toJson(Algorithm a) {
        try {
            ObjectNode o = MAPPER.createObjectNode();
            algorithm(o, a);
            return MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void algorithm(ObjectNode o, Algorithm a) {
        o.put("id", a.id());
        o.put("name", a.name());
        if (!a.color().isEmpty()) o.put("color", a.color());
        if (!a.description().isEmpty()) o.put("description", a.description());
        if (a.whatIf()) o.put("whatIf", true);
        if (!a.lossScale().isEmpty()) o.put("lossScale", a.lossScale());
        if (a.style().dash() != LineStyle.Dash.SOLID) o.put("dash", a.style().dash().id());
        if (a.style().width() != 1) o.put("lineWidth", a.style().width());
        law(o.putObject("law"), a.law());
        if (!a.embodies().isEmpty()) {
            ArrayNode e = o.putArray("embodies");
            a.embodies().stream().sorted().forEach(e::add);
        }
        if (!a.runs().isEmpty()) {
            ArrayNode runs = o.putArray("runs");
            for (Run r : a.runs()) {
                ObjectNode ro = runs.addObject();
                ro.put("compute", r.compute());
                ro.put("loss", r.loss());
                if (r.params() > 0) ro.put("params", r.params());
                if (r.tokens() > 0) ro.put("tokens", r.tokens());
            }
        }
    }

    private static void law(ObjectNode o, ScalingLaw law) {
        if (law instanceof PowerLaw p) {
                o.put("type", "power");
                o.put("E", p.e());
                o.put("A", p.a());
                o.put("alpha", p.alpha());
        } else if (law instanceof ParametricLaw p) {
                o.put("type", "parametric");
                o.put("E", p.e());
                o.put("A", p.a());
                o.put("B", p.b());
                o.put("alpha", p.alpha());
                o.put("beta", p.beta());
                ObjectNode alloc = o.putObject("allocation");
                if (p.allocation() instanceof Allocation.PowerRule r) {
                    alloc.put("type", "power-rule");
                    alloc.put("coefficient", r.coefficient());
                    alloc.put("referenceCompute", r.referenceCompute());
                    alloc.put("exponent", r.exponent());
                } else {
                    alloc.put("type", "compute-optimal");
                }
        }
        law.fittedRange().ifPresent((ComputeRange r) -> {
            ObjectNode m = o.putObject("fittedRange");
            m.put("min", r.min());
            m.put("max", r.max());
        });
        law.runsRange().ifPresent((ComputeRange r) -> {
            ObjectNode m = o.putObject("runsRange");
            m.put("min", r.min());
            m.put("max", r.max());
        });
    }

    private static void innovation(ObjectNode o, Innovation i) {
        o.put("id", i.id());
        o.put("name", i.name());
        o.put("year", i.year());
        if (i instanceof Innovation.ScaleInvariant s) {
                o.put("kind", "scale-invariant");
                o.put("multiplier", s.multiplier());
                s.raw().ifPresent(r -> o.put("raw", r));
        } else if (i instanceof Innovation.ScaleDependent s) {
                o.put("kind", "scale-dependent");
                o.put("candidate", s.candidate());
                o.put("reference", s.reference());
                o.put("anchor", s.anchor().id());
                if (!s.netOf().isEmpty()) {
                    ArrayNode n = o.putArray("netOf");
                    s.netOf().forEach(n::add);
                }
        }
        if (!i.source().isEmpty()) o.put("source", i.source());
    }

    private static void trend(ObjectNode o, ComputeTrend t) {
        if (t instanceof ComputeTrend.Exponential e) {
                o.put("type", "exponential");
                o.put("compute0", e.compute0());
                o.put("growth", e.growth());
                o.put("year0", e.year0());
        } else if (t instanceof ComputeTrend.Table tab) {
                o.put("type", "table");
                ArrayNode pts = o.putArray("points");
                for (ComputeTrend.Table.Point p : tab.points()) {
                    ObjectNode po = pts.addObject();
                    po.put("year", p.year());
                    po.put("compute", p.compute());
                }
        }
    }
}
