package org.scalingexplorer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of the application, from the build. */
public final class AppInfo {
    public static final String NAME = "Scaling Explorer";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
