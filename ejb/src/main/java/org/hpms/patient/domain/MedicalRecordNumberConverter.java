package org.hpms.patient.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class MedicalRecordNumberConverter implements AttributeConverter<MedicalRecordNumber, String> {

    @Override
    public String convertToDatabaseColumn(MedicalRecordNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public MedicalRecordNumber convertToEntityAttribute(String column) {
        return column == null ? null : new MedicalRecordNumber(column);
    }
}
