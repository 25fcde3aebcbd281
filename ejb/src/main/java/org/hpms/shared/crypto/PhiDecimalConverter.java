package org.hpms.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Stores a PHI decimal (a temperature, a weight) as AES-256-GCM ciphertext of its plain text. */
@Converter
public class PhiDecimalConverter implements AttributeConverter<BigDecimal, byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(BigDecimal attribute) {
        return attribute == null ? null
                : ApplicationKeys.cipher().encrypt(attribute.toPlainString().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public BigDecimal convertToEntityAttribute(byte[] column) {
        return column == null ? null
                : new BigDecimal(new String(ApplicationKeys.cipher().decrypt(column), StandardCharsets.US_ASCII));
    }
}
