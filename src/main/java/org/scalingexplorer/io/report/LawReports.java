package org.scalingexplorer.io.report;

import static org.scalingexplorer.io.report.Report.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.PublishedLaw;
import org.scalingexplorer.model.PublishedLaws;

/** The library of published laws as a report: one row a law, and in JSON every parameter with its standard error. */
public final class LawReports {
    private LawReports() {
    }

    public static Report laws(PublishedLaws library, List<PublishedLaw> shown) {
        ObjectNode root = Reports.JSON.objectNode();
        root.put("version", library.version());
        ArrayNode laws = root.putArray("laws");
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedLaw l : shown) {
            LossScale scale = library.scaleOf(l);
            ObjectNode j = laws.addObject();
            j.put("id", l.id());
            j.put("name", l.name());
            j.put("authors", l.authors());
            j.put("year", l.year());
            j.put("source", l.source());
            j.put("where", l.where());
            if (!l.url().isEmpty()) j.put("url", l.url());
            j.put("form", l.form().id);
            j.put("formula", l.form().text);
            ObjectNode ps = j.putObject("parameters");
            List<String> text = new ArrayList<>();
            for (var p : l.ordered()) {
                ObjectNode pj = ps.putObject(p.getKey());
                pj.put("value", p.getValue().value());
                if (p.getValue().hasSe()) pj.put("se", p.getValue().se());
                else pj.putNull("se");
                p.getValue().interval().ifPresent(i -> {
                    ObjectNode ij = pj.putObject("interval");
                    ij.put("low", i.low());
                    ij.put("high", i.high());
                    ij.put("level", i.level());
                });
                text.add(p.getKey() + " = " + plain(p.getValue().value()) + (p.getValue().hasSe() ? " (se " + plain(p.getValue().se()) + ")" : "")
                        + p.getValue().interval().map(i -> " (" + i.describe(LawReports::plain) + ")").orElse(""));
            }
            ObjectNode sj = j.putObject("lossScale");
            sj.put("id", scale.id());
            sj.put("data", scale.data());
            sj.put("tokenizer", scale.tokenizer());
            sj.put("unit", scale.loss());
            if (!l.allocation().isEmpty()) j.put("allocation", l.allocation());
            if (!l.computeUnit().equals("FLOP")) j.put("computeUnit", l.computeUnit());
            l.fittedRange().ifPresent(r -> {
                ObjectNode fr = j.putObject("fittedRange");
                fr.put("min", r.min());
                fr.put("max", r.max());
            });
            j.put("usableAsAlgorithm", l.lawOfCompute().isPresent());
            l.whyNotALawOfCompute().ifPresent(w -> j.put("whyNot", w));
            if (!l.note().isEmpty()) j.put("note", l.note());
            rows.add(Reports.row(l.id(), l.byline(), l.form().text, String.join(", ", text) + (l.computeUnit().equals("FLOP") ? "" : "; C in " + l.computeUnit()),
                    scale.name() + ", " + scale.loss(), l.where(), l.lawOfCompute().isPresent() ? "yes" : "no"));
        }
        String title = String.format(Locale.ROOT, "Published scaling laws (library version %d): %d of %d", library.version(), shown.size(), library.laws().size());
        List<String> notes = List.of("Parameters as published, with their standard errors or intervals where one was given. Laws on different loss scales "
                + "are not comparable: a CEG between them is refused unless the scales are declared comparable. 'algorithm' says whether "
                + "--law ID can add it to ceg and export (an allocation, or a law in parameters or tokens alone, cannot).");
        return new Report(title, List.of(new Report.Column("id", TEXT), new Report.Column("by", TEXT), new Report.Column("form", TEXT),
                new Report.Column("parameters", TEXT), new Report.Column("loss scale", TEXT), new Report.Column("from", TEXT),
                new Report.Column("algorithm", TEXT)), rows, root, notes);
    }

    /** A parameter as printed: its shortest exact decimal. */
    private static String plain(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
