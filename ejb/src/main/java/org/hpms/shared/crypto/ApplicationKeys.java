package org.hpms.shared.crypto;

import org.hpms.shared.config.HpmsConfiguration;

/**
 * The key ring of the running application, loaded once from {@link HpmsConfiguration#keyFile()}.
 * Static because JPA attribute converters are created by the persistence provider, outside CDI's
 * control during bootstrap; everything else should get the cipher or index from here too so that
 * there is exactly one copy of the keys in memory.
 */
public final class ApplicationKeys {

    private static volatile Holder holder;

    private ApplicationKeys() {
    }

    public static PhiCipher cipher() {
        return holder().cipher;
    }

    public static BlindIndex blindIndex() {
        return holder().blindIndex;
    }

    public static AuditChainMac auditChainMac() {
        return holder().auditChainMac;
    }

    /** Loads the keys now, so that a missing key file stops the deployment instead of the first request. */
    public static void initialise() {
        holder();
    }

    private static Holder holder() {
        Holder current = holder;
        if (current == null) {
            synchronized (ApplicationKeys.class) {
                current = holder;
                if (current == null) {
                    current = new Holder(KeyRing.load(HpmsConfiguration.keyFile()));
                    holder = current;
                }
            }
        }
        return current;
    }

    private static final class Holder {
        final PhiCipher cipher;
        final BlindIndex blindIndex;
        final AuditChainMac auditChainMac;

        Holder(KeyRing keys) {
            this.cipher = new PhiCipher(keys);
            this.blindIndex = new BlindIndex(keys);
            this.auditChainMac = new AuditChainMac(keys);
        }
    }
}
