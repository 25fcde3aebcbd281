package org.hpms.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;

/** Stores a PHI text attribute as AES-256-GCM ciphertext (VARBINARY column). */
@Converter
public class PhiStringConverter implements AttributeConverter<String, byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : ApplicationKeys.cipher().encrypt(attribute.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String convertToEntityAttribute(byte[] column) {
        return column == null ? null : new String(ApplicationKeys.cipher().decrypt(column), StandardCharsets.UTF_8);
    }
}
