package kr.roundtable.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/user");

    @Test
    void explicitFolderWinsOverEverything() {
        assertEquals(Path.of("/data/rt"), DataFolder.resolve(Path.of("/data/rt"), Map.of("ROUNDTABLE_HOME", "/env"),
                "Linux", HOME).root());
    }

    @Test
    void environmentVariableWinsOverThePlatformDefault() {
        assertEquals(Path.of("/env/rt"), DataFolder.resolve(null, Map.of("ROUNDTABLE_HOME", "/env/rt"), "Linux",
                HOME).root());
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/xdg/roundtable"), DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux",
                HOME).root());
        assertEquals(Path.of("/home/user/.local/share/roundtable"), DataFolder.resolve(null, Map.of(), "Linux",
                HOME).root());
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/user/Library/Application Support/Roundtable"),
                DataFolder.resolve(null, Map.of(), "Mac OS X", HOME).root());
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/appdata/Roundtable"), DataFolder.resolve(null, Map.of("APPDATA", "/appdata"),
                "Windows 11", HOME).root());
    }
}
