package org.scalingexplorer.io.json;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.Problems;

/**
 * Gives problems found by field path ({@code fits[0].bootstrap.samples[3][1]}) the line and column of that field in
 * the text, by one streaming pass over it. A path that does not exist (a missing field) gets the place of its
 * nearest existing parent. Used where a document is read as a tree without places (workspaces).
 */
public final class JsonPlaces {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonPlaces() {
    }

    public static List<Problem> locate(String file, String json, List<Problem> problems) {
        Set<String> wanted = new HashSet<>();
        for (Problem p : problems) {
            if (p.line() == 0) for (String q = p.path(); q != null; q = parent(q)) wanted.add(q);
        }
        if (wanted.isEmpty()) return problems;
        Map<String, int[]> at = places(json, wanted);
        List<Problem> located = problems instanceof Problems ? new Problems() : new ArrayList<>();
        for (Problem p : problems) {
            int[] place = null;
            for (String q = p.path(); p.line() == 0 && q != null && place == null; q = parent(q)) place = at.get(q);
            located.add(place == null ? p : new Problem(p.file(), place[0], place[1], p.path(), p.message()));
        }
        if (problems instanceof Problems src && located instanceof Problems dst) dst.alsoDropped(src.dropped());
        return located;
    }

    /** {@code a.b[2].c} to {@code a.b[2]} to {@code a.b} to {@code a} to {@code ""} to null. */
    public static String parent(String path) {
        if (path.isEmpty()) return null;
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private static Map<String, int[]> places(String json, Set<String> wanted) {
        Map<String, int[]> at = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            Deque<String> containers = new ArrayDeque<>();
            Deque<int[]> index = new ArrayDeque<>();
            String field = "";
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    String parent = containers.peek();
                    field = parent == null || parent.isEmpty() ? p.currentName() : parent + "." + p.currentName();
                    record(at, wanted, field, p.currentTokenLocation());
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    containers.pop();
                    index.pop();
                    continue;
                }
                String path = containers.isEmpty() ? "" : index.peek()[0] >= 0 ? containers.peek() + "[" + index.peek()[0]++ + "]" : field;
                record(at, wanted, path, p.currentTokenLocation());
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    containers.push(path);
                    index.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                }
            }
        } catch (IOException | RuntimeException e) {
            // the text was parsed once already; whatever was found so far is still right
        }
        return at;
    }

    private static void record(Map<String, int[]> at, Set<String> wanted, String path, JsonLocation l) {
        if (wanted.contains(path)) at.putIfAbsent(path, new int[] {l.getLineNr(), l.getColumnNr()});
    }
}
