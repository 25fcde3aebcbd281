package org.hpms.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;

/** Stores a PHI whole number (a measurement) as AES-256-GCM ciphertext of its decimal text. */
@Converter
public class PhiIntegerConverter implements AttributeConverter<Integer, byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(Integer attribute) {
        return attribute == null ? null
                : ApplicationKeys.cipher().encrypt(attribute.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public Integer convertToEntityAttribute(byte[] column) {
        return column == null ? null
                : Integer.valueOf(new String(ApplicationKeys.cipher().decrypt(column), StandardCharsets.US_ASCII));
    }
}
