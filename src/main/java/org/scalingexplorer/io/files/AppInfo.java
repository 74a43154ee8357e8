package org.scalingexplorer.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of the application, from the build. */
public final class AppInfo {
    public static final String NAME = "Scaling Explorer";
    /** Licence and the sources of the data the app ships, for Help > About (File > Copy Citation has them in full). */
    public static final String CREDITS = "Free software under the MIT License.\n"
            + "The bundled dataset carries the inputs of Gundlach et al. 2025 (arXiv:2511.21622), Hoffmann et al. 2022 "
            + "(arXiv:2203.15556), Kaplan et al. 2020 (arXiv:2001.08361), Ho et al. 2024 (arXiv:2403.05812) and Epoch AI's "
            + "trend of notable-model compute (Epoch AI, Data on Notable AI Models, CC BY 4.0).\n"
            + "File > Copy Citation copies these sources as text and BibTeX.";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/scalingexplorer/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
