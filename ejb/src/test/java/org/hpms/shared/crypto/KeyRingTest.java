package org.hpms.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    @TempDir
    Path directory;

    @Test
    void generatedKeyFileIsPrivateLoadsAndIsNeverOverwritten() throws Exception {
        Path file = directory.resolve("keys/hpms.keys");
        KeyFileGenerator.generate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String before = Files.readString(file);
        KeyRing keys = KeyRing.load(file);
        assertEquals(1, keys.activePhiKeyId());
        assertThrows(FileAlreadyExistsException.class, () -> KeyFileGenerator.generate(file));
        assertEquals(before, Files.readString(file));
    }

    @Test
    void missingKeyFileStopsWithInstructions() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> KeyRing.load(directory.resolve("absent.keys")));
        assertTrue(missing.getMessage().contains("KeyFileGenerator"), missing.getMessage());
        assertTrue(missing.getMessage().contains("HPMS_KEY_FILE"), missing.getMessage());
    }

    @Test
    void shortKeysAndMissingActiveKeyAreRefused() {
        Properties properties = new Properties();
        properties.setProperty("phi.key.1", java.util.Base64.getEncoder().encodeToString(new byte[16]));
        properties.setProperty("phi.key.active", "1");
        properties.setProperty("blind-index.key", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        properties.setProperty("audit-chain.key", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertTrue(assertThrows(IllegalStateException.class, () -> KeyRing.fromProperties(properties))
                .getMessage().contains("must be 32 bytes"));

        properties.setProperty("phi.key.1", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        properties.setProperty("phi.key.active", "3");
        assertTrue(assertThrows(IllegalStateException.class, () -> KeyRing.fromProperties(properties))
                .getMessage().contains("active PHI key 3"));
    }
}
