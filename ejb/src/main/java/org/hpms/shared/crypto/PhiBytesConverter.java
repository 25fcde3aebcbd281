package org.hpms.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores PHI bytes (a scanned document, a photo) as AES-256-GCM ciphertext. */
@Converter
public class PhiBytesConverter implements AttributeConverter<byte[], byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(byte[] attribute) {
        return attribute == null ? null : ApplicationKeys.cipher().encrypt(attribute);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] column) {
        return column == null ? null : ApplicationKeys.cipher().decrypt(column);
    }
}
