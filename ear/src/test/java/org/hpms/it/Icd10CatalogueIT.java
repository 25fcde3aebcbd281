package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hpms.clinical.application.Icd10CatalogueService;
import org.hpms.clinical.application.Icd10ImportReport;
import org.hpms.clinical.domain.Icd10Code;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ICD-10 catalogue: starter list searchable by code and words; admins import order files. */
@ExtendWith(ArquillianExtension.class)
class Icd10CatalogueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(Icd10CatalogueIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/Icd10CatalogueService")
    Icd10CatalogueService catalogue;

    @Test
    void starterListIsSearchableByCodeAndByWords() throws Exception {
        assertEquals(List.of("E11", "E11.65", "E11.9"), codes(Staff.DOCTOR, "e11"));
        assertEquals(List.of("E11.9"), codes(Staff.DOCTOR, "E11.9"));
        assertEquals(List.of("E11", "E11.65", "E11.9"), codes(Staff.NURSE, "type 2 diab"));
        assertEquals(List.of("I10"), codes(Staff.BILLING, "essential HYPERTENSION"));
        assertTrue(codes(Staff.DOCTOR, "x").isEmpty(), "one character is too little to search");
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.RECEPTIONIST, () -> catalogue.search("I10", 10)));
    }

    @Test
    void importAddsAndUpdatesCodesAndReportsBadLines() throws Exception {
        String orderFile = String.join("\n",
                line("00001", "A00", '0', "Cholera", "Cholera"),
                line("00002", "A000", '1', "Cholera due to Vibrio cholerae 01, biovar cholerae",
                        "Cholera due to Vibrio cholerae 01, biovar cholerae"),
                line("07000", "I10", '1', "Essential (primary) hypertension", "Essential (primary) hypertension"),
                line("09000", "J189", '1', "Pneumonia, unspecified organism", "Pneumonia, unspecified organism (updated text)"),
                "garbage that is not an order file line",
                line("0900X", "J18", '0', "Pneumonia", "Pneumonia"));
        Icd10ImportReport report = Staff.as(Staff.ADMIN, () -> catalogue.importOrderFile(
                new ByteArrayInputStream(orderFile.getBytes(StandardCharsets.UTF_8))));
        assertEquals(2, report.added());
        assertEquals(1, report.updated());
        assertEquals(1, report.unchanged());
        assertEquals(2, report.rejected());
        assertEquals("line 5: line too short for the order-file layout (38 characters)", report.rejections().get(0));
        assertEquals("line 6: columns 1-5 are not an order number", report.rejections().get(1));

        assertEquals(List.of("A00", "A00.0"), codes(Staff.DOCTOR, "cholera"));
        assertEquals("Pneumonia, unspecified organism (updated text)",
                Staff.as(Staff.DOCTOR, () -> catalogue.search("J18.9", 1)).get(0).getLongDescription());
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.DOCTOR,
                () -> catalogue.importOrderFile(new ByteArrayInputStream(new byte[0]))), "only admins import");
    }

    private List<String> codes(String account, String typed) throws Exception {
        return Staff.as(account, () -> catalogue.search(typed, 50)).stream().map(Icd10Code::getDisplayCode).toList();
    }

    private static String line(String order, String code, char flag, String shortDescription, String longDescription) {
        return String.format("%-5s %-7s %c %-60s %s", order, code, flag, shortDescription, longDescription);
    }
}
