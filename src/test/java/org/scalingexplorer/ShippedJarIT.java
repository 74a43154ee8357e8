package org.scalingexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The jar `mvn package` built (run by failsafe after it): every component it bundles is on the third-party notices
 * the build generated, under a licence on the allow-list; every class in it is the app's own or comes from one of the
 * listed components' jars (read from the local Maven repository); nothing of a GPL-only library (JFreeSVG was one).
 */
class ShippedJarIT {
    static final Path JAR = Path.of("target", "scaling-explorer.jar");

    @Test
    void everyBundledComponentIsListedUnderAnAllowedLicence() throws Exception {
        Set<String> allowed = new TreeSet<>(Files.readAllLines(Path.of("src", "license", "allowed-licenses.txt")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            ZipEntry notices = jar.getEntry("org/scalingexplorer/licenses/THIRD-PARTY.txt");
            assertTrue(notices != null, "the jar carries the generated notices");
            Set<String> listed = new TreeSet<>();
            try (InputStream in = jar.getInputStream(notices)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    listed.add(f[2]);
                    for (String licence : f[0].split(" OR ")) assertTrue(allowed.contains(licence), licence + " (" + f[2] + ") is not on the allow-list");
                }
            }
            List<String> bundled = new ArrayList<>();
            List<String> gplOnly = new ArrayList<>();
            for (ZipEntry e : Collections.list(jar.entries())) {
                if (e.getName().startsWith("org/jfree/")) gplOnly.add(e.getName());
                if (!e.getName().startsWith("META-INF/maven/") || !e.getName().endsWith("/pom.properties")) continue;
                Properties p = new Properties();
                try (InputStream in = jar.getInputStream(e)) {
                    p.load(in);
                }
                String coordinates = p.getProperty("groupId") + ":" + p.getProperty("artifactId") + ":" + p.getProperty("version");
                if (!p.getProperty("groupId").equals("org.scalingexplorer")) bundled.add(coordinates);
            }
            assertEquals(List.of(), gplOnly, "no class of JFreeSVG (GPL v3)");
            for (String c : bundled) assertTrue(listed.contains(c), c + " is bundled but not on the notices: " + listed);
            // every class comes from the app or from a listed component's own jar
            Set<String> fromListed = new HashSet<>();
            Path repo = Path.of(System.getProperty("localRepository", System.getProperty("user.home") + "/.m2/repository"));
            for (String c : listed) {
                String[] g = c.split(":");
                Path dir = repo.resolve(g[0].replace('.', '/')).resolve(g[1]).resolve(g[2]);
                try (var jars = Files.list(dir)) {
                    for (Path j : jars.filter(x -> x.toString().endsWith(".jar") && !x.toString().endsWith("-sources.jar")).toList()) {
                        try (ZipFile dep = new ZipFile(j.toFile())) {
                            Collections.list(dep.entries()).forEach(x -> fromListed.add(x.getName()));
                        }
                    }
                }
            }
            List<String> unexplained = new ArrayList<>();
            for (ZipEntry e : Collections.list(jar.entries())) {
                String n = e.getName();
                if (n.endsWith(".class") && !n.startsWith("org/scalingexplorer/") && !fromListed.contains(n)) unexplained.add(n);
            }
            assertEquals(List.of(), unexplained.stream().limit(10).toList(), unexplained.size() + " classes come from no listed component");
        }
    }
}
