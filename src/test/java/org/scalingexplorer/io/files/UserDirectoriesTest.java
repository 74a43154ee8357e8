package org.scalingexplorer.io.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.files.UserDirectories.Kind;

/** Expected paths from the XDG Base Directory specification and each platform's documented folders. */
class UserDirectoriesTest {
    static final String PASSWD_HOME = "/home/from-passwd";

    @Test
    void linuxUsesTheXdgVariablesWhenSet() {
        UserDirectories d = UserDirectories.of("Linux", Map.of("HOME", "/h", "XDG_CONFIG_HOME", "/x/conf",
                "XDG_DATA_HOME", "/x/data", "XDG_CACHE_HOME", "/x/cache"), PASSWD_HOME);
        assertEquals(Path.of("/x/conf/scaling-explorer"), d.dir(Kind.CONFIG));
        assertEquals(Path.of("/x/data/scaling-explorer"), d.dir(Kind.DATA));
        assertEquals(Path.of("/x/cache/scaling-explorer"), d.dir(Kind.CACHE));
    }

    @Test
    void linuxFallsBackToHomeFromTheEnvironmentNotThePasswordDatabase() {
        UserDirectories d = UserDirectories.of("Linux", Map.of("HOME", "/tmp/elsewhere"), PASSWD_HOME);
        assertEquals(Path.of("/tmp/elsewhere/.config/scaling-explorer"), d.dir(Kind.CONFIG));
        assertEquals(Path.of("/tmp/elsewhere/.local/share/scaling-explorer"), d.dir(Kind.DATA));
        assertEquals(Path.of("/tmp/elsewhere/.cache/scaling-explorer"), d.dir(Kind.CACHE));
    }

    @Test
    void relativeOrEmptyXdgValuesAreIgnoredAsTheSpecificationSays() {
        UserDirectories d = UserDirectories.of("Linux", Map.of("HOME", "/h", "XDG_CONFIG_HOME", "relative/conf",
                "XDG_DATA_HOME", "", "XDG_CACHE_HOME", " "), PASSWD_HOME);
        assertEquals(Path.of("/h/.config/scaling-explorer"), d.dir(Kind.CONFIG));
        assertEquals(Path.of("/h/.local/share/scaling-explorer"), d.dir(Kind.DATA));
        assertEquals(Path.of("/h/.cache/scaling-explorer"), d.dir(Kind.CACHE));
    }

    @Test
    void withoutHomeTheJavaUserHomeIsTheLastResort() {
        UserDirectories d = UserDirectories.of("Linux", Map.of(), PASSWD_HOME);
        assertEquals(Path.of(PASSWD_HOME, ".config", "scaling-explorer"), d.dir(Kind.CONFIG));
    }

    @Test
    void windowsUsesAppDataAndLocalAppData() {
        UserDirectories d = UserDirectories.of("Windows 11", Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming",
                "LOCALAPPDATA", "C:\\Users\\ada\\AppData\\Local", "USERPROFILE", "C:\\Users\\ada"), PASSWD_HOME);
        assertEquals(Path.of("C:\\Users\\ada\\AppData\\Roaming", "Scaling Explorer"), d.dir(Kind.CONFIG));
        assertEquals(Path.of("C:\\Users\\ada\\AppData\\Local", "Scaling Explorer"), d.dir(Kind.DATA));
        assertEquals(Path.of("C:\\Users\\ada\\AppData\\Local", "Scaling Explorer", "cache"), d.dir(Kind.CACHE));
        UserDirectories bare = UserDirectories.of("Windows 11", Map.of("USERPROFILE", "C:\\Users\\ada"), PASSWD_HOME);
        assertEquals(Path.of("C:\\Users\\ada", "Scaling Explorer"), bare.dir(Kind.CONFIG));
    }

    @Test
    void macOsUsesLibraryUnderHomeFromTheEnvironment() {
        UserDirectories d = UserDirectories.of("Mac OS X", Map.of("HOME", "/Users/ada", "XDG_CONFIG_HOME", "/ignored"), PASSWD_HOME);
        assertEquals(Path.of("/Users/ada/Library/Application Support/Scaling Explorer"), d.dir(Kind.CONFIG));
        assertEquals(Path.of("/Users/ada/Library/Application Support/Scaling Explorer"), d.dir(Kind.DATA));
        assertEquals(Path.of("/Users/ada/Library/Caches/Scaling Explorer"), d.dir(Kind.CACHE));
    }

    @Test
    void thePortableOverrideMovesAllThree() {
        UserDirectories d = new UserDirectories("Linux", Map.of("HOME", "/h")::get, PASSWD_HOME, "/portable");
        assertEquals(Path.of("/portable/config"), d.dir(Kind.CONFIG));
        assertEquals(Path.of("/portable/data"), d.dir(Kind.DATA));
        assertEquals(Path.of("/portable/cache"), d.dir(Kind.CACHE));
    }
}
