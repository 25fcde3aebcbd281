package org.hpms.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Stores a PHI date (a date of birth) as AES-256-GCM ciphertext of its ISO-8601 text. */
@Converter
public class PhiDateConverter implements AttributeConverter<LocalDate, byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null
                : ApplicationKeys.cipher().encrypt(attribute.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public LocalDate convertToEntityAttribute(byte[] column) {
        return column == null ? null
                : LocalDate.parse(new String(ApplicationKeys.cipher().decrypt(column), StandardCharsets.US_ASCII));
    }
}
