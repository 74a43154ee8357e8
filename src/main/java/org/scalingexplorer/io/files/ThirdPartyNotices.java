package org.scalingexplorer.io.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The third-party notices the build writes into the jar (license-maven-plugin, from each component's POM): one
 * component a line, tab-separated, licence (SPDX), name, Maven coordinates, home page. Help > About shows them; the
 * installers' copyright file is made from the same list.
 */
public final class ThirdPartyNotices {
    /** Where the build puts the list in the jar. */
    public static final String RESOURCE = "/org/scalingexplorer/licenses/THIRD-PARTY.txt";

    /** One shipped component. */
    public record Component(String licence, String name, String coordinates, String url) {
        /** The version, the last part of the coordinates. */
        public String version() {
            int i = coordinates.lastIndexOf(':');
            return i < 0 ? "" : coordinates.substring(i + 1);
        }
    }

    private ThirdPartyNotices() {
    }

    /** The components listed in this build; empty when the list was not built in (a build that skipped it). */
    public static List<Component> bundled() {
        try (InputStream in = ThirdPartyNotices.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : read(in);
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Component> read(InputStream in) throws IOException {
        List<Component> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length >= 3) out.add(new Component(f[0].trim(), f[1].trim(), f[2].trim(), f.length > 3 ? f[3].trim() : ""));
        }
        return out;
    }
}
