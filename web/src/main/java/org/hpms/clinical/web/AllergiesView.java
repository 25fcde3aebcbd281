package org.hpms.clinical.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpms.clinical.application.AllergyService;
import org.hpms.clinical.application.AllergyView;
import org.hpms.clinical.domain.AllergyCategory;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.clinical.domain.AllergySeverity;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.shared.web.Messages;

/** The allergy banner and list on the patient page, for doctors and nurses. */
@Named
@ViewScoped
public class AllergiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "allergies";

    @EJB
    AllergyService allergyService;

    private String mrn;
    private List<AllergyView> allergies;
    private AllergyEntry entry = new AllergyEntry();
    private final Map<String, String> voidReasons = new HashMap<>();

    public void load(String patientMrn) {
        if (allergies == null && patientMrn != null) {
            try {
                allergies = allergyService.activeAllergies(patientMrn);
                mrn = patientMrn;
            } catch (UnknownPatientException e) {
                allergies = List.of(); // the patient page says that no patient has this MRN
            }
        }
    }

    public void add() {
        try {
            allergyService.record(mrn, entry);
            Messages.info("Allergy to " + entry.getSubstance().strip() + " recorded");
            entry = new AllergyEntry();
            allergies = allergyService.activeAllergies(mrn);
        } catch (InvalidPatientDataException e) {
            e.getFieldErrors().forEach((field, reason) -> Messages.fieldError(FORM_ID + ":" + field, reason));
        }
    }

    public void voidAllergy(AllergyView allergy) {
        try {
            allergyService.voidAllergy(allergy.uid(), voidReasons.get(allergy.uid()));
            Messages.info("Allergy to " + allergy.substance() + " voided");
            voidReasons.remove(allergy.uid());
            allergies = allergyService.activeAllergies(mrn);
        } catch (InvalidPatientDataException e) {
            e.getFieldErrors().values().forEach(Messages::error);
        }
    }

    /** True when any active allergy is severe or life-threatening: the banner turns red. */
    public boolean isSevere() {
        return allergies != null && allergies.stream().anyMatch(a -> a.severity().compareTo(AllergySeverity.SEVERE) >= 0);
    }

    public String getBanner() {
        if (allergies == null || allergies.isEmpty()) {
            return "No allergies recorded";
        }
        return "Allergies: " + String.join("; ", allergies.stream().map(AllergyView::summary).toList());
    }

    public List<AllergyView> getAllergies() {
        return allergies;
    }

    public AllergyEntry getEntry() {
        return entry;
    }

    public Map<String, String> getVoidReasons() {
        return voidReasons;
    }

    public AllergyCategory[] getCategories() {
        return AllergyCategory.values();
    }

    public AllergySeverity[] getSeverities() {
        return AllergySeverity.values();
    }
}
