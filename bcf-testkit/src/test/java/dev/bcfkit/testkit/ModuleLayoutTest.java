package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ModuleLayoutTest {

    private static final String PACKAGE = "dev.bcfkit.testkit";

    @Test
    void packageInfoIsCompiledForJava17IntoTheMainOutput() throws Exception {
        // Present only because the build compiles with -Xpkginfo:always.
        Class<?> info = Class.forName(PACKAGE + ".package-info");
        assertEquals(PACKAGE, info.getPackageName());
        assertTrue(info.isInterface() && info.isSynthetic(), "javac's package-info marker");

        // Main and test classes come from different output directories.
        assertNotEquals(location(info), location(ModuleLayoutTest.class));

        // Class-file major version 61 is Java 17: maven.compiler.release is honoured.
        assertEquals(61, majorVersion(info));
    }

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }

    private static int majorVersion(Class<?> type) throws IOException {
        try (InputStream raw = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            assertNotNull(raw, "class file of " + type.getName());
            DataInputStream in = new DataInputStream(raw);
            assertEquals(0xCAFEBABE, in.readInt());
            in.readUnsignedShort(); // minor version
            return in.readUnsignedShort();
        }
    }
}
