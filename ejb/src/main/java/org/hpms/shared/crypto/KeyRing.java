package org.hpms.shared.crypto;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The application's secret keys, read from the key file (a properties file outside the database):
 * <pre>
 * phi.key.1=&lt;base64 32 bytes&gt;     one line per PHI encryption key generation
 * phi.key.active=1                   the generation new ciphertext is written with
 * blind-index.key=&lt;base64 32 bytes&gt;
 * audit-chain.key=&lt;base64 32 bytes&gt;
 * </pre>
 * Older PHI key generations stay in the file so that data written with them can still be read
 * after a key rotation.
 */
public final class KeyRing {

    private final Map<Integer, SecretKey> phiKeys;
    private final int activePhiKeyId;
    private final byte[] blindIndexKey;
    private final byte[] auditChainKey;

    KeyRing(Map<Integer, SecretKey> phiKeys, int activePhiKeyId, byte[] blindIndexKey, byte[] auditChainKey) {
        if (!phiKeys.containsKey(activePhiKeyId)) {
            throw new IllegalStateException("Key file names active PHI key " + activePhiKeyId + " but does not contain it");
        }
        this.phiKeys = Map.copyOf(phiKeys);
        this.activePhiKeyId = activePhiKeyId;
        this.blindIndexKey = blindIndexKey.clone();
        this.auditChainKey = auditChainKey.clone();
    }

    public static KeyRing load(Path keyFile) {
        if (!Files.isReadable(keyFile)) {
            throw new IllegalStateException("HPMS key file " + keyFile + " is missing or unreadable. Create it with "
                    + "'java -cp hpms-ejb.jar org.hpms.shared.crypto.KeyFileGenerator " + keyFile
                    + "' (the run command does this on first start) or point HPMS_KEY_FILE at the existing one.");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read HPMS key file " + keyFile, e);
        }
        return fromProperties(properties);
    }

    static KeyRing fromProperties(Properties properties) {
        Map<Integer, SecretKey> phiKeys = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("phi.key.") && !name.equals("phi.key.active")) {
                int id = Integer.parseInt(name.substring("phi.key.".length()));
                if (id < 1 || id > 255) {
                    throw new IllegalStateException("PHI key ids must be between 1 and 255, found " + id);
                }
                phiKeys.put(id, new SecretKeySpec(decode32(properties, name), "AES"));
            }
        }
        int active = Integer.parseInt(required(properties, "phi.key.active"));
        return new KeyRing(phiKeys, active, decode32(properties, "blind-index.key"), decode32(properties, "audit-chain.key"));
    }

    private static byte[] decode32(Properties properties, String name) {
        byte[] key = Base64.getDecoder().decode(required(properties, name));
        if (key.length != 32) {
            throw new IllegalStateException("Key " + name + " must be 32 bytes (256 bits), found " + key.length);
        }
        return key;
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Key file lacks " + name);
        }
        return value.trim();
    }

    SecretKey phiKey(int id) {
        SecretKey key = phiKeys.get(id);
        if (key == null) {
            throw new IllegalStateException("No PHI key with id " + id + " in the key file");
        }
        return key;
    }

    int activePhiKeyId() {
        return activePhiKeyId;
    }

    byte[] blindIndexKey() {
        return blindIndexKey.clone();
    }

    byte[] auditChainKey() {
        return auditChainKey.clone();
    }
}
