package org.scalingexplorer.io.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.scalingexplorer.model.fit.NotableModel;

/**
 * The notable models imported from Epoch AI's CSV, as a workspace keeps them: {@code "notableModels": [{"name",
 * "published" (YYYY-MM-DD), "compute" (FLOP), "params" (absent when unknown), "domain", "notable"}]}. At most
 * {@link #MAX} of them; every field checked, every problem reported with its place.
 */
public final class NotableModelsJson {
    public static final int MAX = 200_000;

    private NotableModelsJson() {
    }

    public static void write(ArrayNode out, List<NotableModel> models) {
        for (NotableModel m : models) {
            var o = out.addObject();
            o.put("name", m.name());
            o.put("published", m.published().toString());
            o.put("compute", m.compute());
            if (Double.isFinite(m.params())) o.put("params", m.params());
            o.put("domain", m.domain());
            o.put("notable", m.notable());
        }
    }

    /** @param problem told a field path and what was expected, for each thing wrong */
    public static List<NotableModel> read(JsonNode list, BiConsumer<String, String> problem) {
        List<NotableModel> out = new ArrayList<>();
        if (list.isMissingNode()) return out;
        if (!list.isArray()) {
            problem.accept("notableModels", "expected a list of models");
            return out;
        }
        if (list.size() > MAX) {
            problem.accept("notableModels", "holds " + list.size() + " models; at most " + MAX);
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "notableModels[" + i + "]";
            JsonNode m = list.get(i);
            if (!m.isObject()) {
                problem.accept(path, "expected an object");
                continue;
            }
            JsonNode name = m.path("name");
            JsonNode published = m.path("published");
            JsonNode compute = m.path("compute");
            JsonNode params = m.path("params");
            JsonNode domain = m.path("domain");
            JsonNode notable = m.path("notable");
            boolean ok = true;
            if (!name.isTextual() || name.asText().isBlank()) {
                problem.accept(path + ".name", "expected the model's name");
                ok = false;
            }
            LocalDate date = null;
            try {
                if (published.isTextual()) date = LocalDate.parse(published.asText());
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                problem.accept(path + ".published", "expected a date such as 2023-07-02");
                ok = false;
            }
            if (!compute.isNumber() || !(compute.asDouble() > 0) || !Double.isFinite(compute.asDouble())) {
                problem.accept(path + ".compute", "expected the training compute in FLOP, a number above 0");
                ok = false;
            }
            if (!params.isMissingNode() && (!params.isNumber() || !(params.asDouble() > 0) || !Double.isFinite(params.asDouble()))) {
                problem.accept(path + ".params", "expected the parameter count, a number above 0 (or no field when unknown)");
                ok = false;
            }
            if (!domain.isMissingNode() && !domain.isTextual()) {
                problem.accept(path + ".domain", "expected text");
                ok = false;
            }
            if (!notable.isMissingNode() && !notable.isBoolean()) {
                problem.accept(path + ".notable", "expected true or false");
                ok = false;
            }
            if (ok) {
                out.add(new NotableModel(name.asText(), date, compute.asDouble(), params.isMissingNode() ? Double.NaN : params.asDouble(),
                        domain.asText(""), notable.asBoolean(false)));
            }
        }
        return out;
    }
}
