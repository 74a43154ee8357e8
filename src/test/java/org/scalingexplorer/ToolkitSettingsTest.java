package org.scalingexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window draws regions fill by fill unless the user says otherwise on the command line. */
class ToolkitSettingsTest {
    private static final String KEY = "prism.disableRegionCaching";
    private String before;

    @BeforeEach
    void keep() {
        before = System.getProperty(KEY);
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty(KEY);
        else System.setProperty(KEY, before);
    }

    @Test
    void regionCachingIsTurnedOffUnlessTheUserSetIt() {
        System.clearProperty(KEY);
        App.toolkitSettings();
        assertEquals("true", System.getProperty(KEY));
        System.setProperty(KEY, "false");
        App.toolkitSettings();
        assertEquals("false", System.getProperty(KEY), "a value given with -D is kept");
    }
}
