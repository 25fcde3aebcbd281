package org.hpms.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Creates a new key file with fresh random keys. Refuses to overwrite an existing one: losing the
 * key makes every encrypted record unreadable.
 * <p>Usage: {@code java -cp hpms-ejb.jar org.hpms.shared.crypto.KeyFileGenerator <path>}
 */
public final class KeyFileGenerator {

    private KeyFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: KeyFileGenerator <key file path>");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        try {
            generate(target);
            System.out.println("Created key file " + target.toAbsolutePath() + " - back it up apart from the database.");
        } catch (FileAlreadyExistsException e) {
            System.out.println("Key file " + target.toAbsolutePath() + " already exists; left unchanged.");
        }
    }

    public static void generate(Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".hpms-keys", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, render(new SecureRandom()), StandardCharsets.UTF_8);
        Files.move(temporary, target);
    }

    static String render(SecureRandom random) {
        return "# HPMS key file: PHI encryption, blind index and audit chain keys.\n"
                + "# Keep it outside the database and back it up separately; without it encrypted data is lost.\n"
                + "phi.key.1=" + randomKey(random) + "\n"
                + "phi.key.active=1\n"
                + "blind-index.key=" + randomKey(random) + "\n"
                + "audit-chain.key=" + randomKey(random) + "\n";
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
