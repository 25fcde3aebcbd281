package org.hpms.clinical.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpms.clinical.application.ClinicalNoteService;
import org.hpms.clinical.application.DiagnosisService;
import org.hpms.clinical.application.DiagnosisView;
import org.hpms.clinical.application.EncounterDetails;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.application.Icd10CatalogueService;
import org.hpms.clinical.application.MedicationView;
import org.hpms.clinical.application.NoteView;
import org.hpms.clinical.application.PrescriptionService;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.application.VitalsView;
import org.hpms.clinical.domain.DiagnosisEntry;
import org.hpms.clinical.domain.DiagnosisRank;
import org.hpms.clinical.domain.MedicationRoute;
import org.hpms.clinical.domain.NoteType;
import org.hpms.clinical.domain.PrescriptionEntry;
import org.hpms.clinical.domain.VitalSignsEntry;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.web.Messages;

/**
 * One encounter ({@code encounter.xhtml?id=...}): everything recorded in it, and the forms to add
 * diagnoses, vital signs, prescriptions, notes and to end the visit. Each action is one service call;
 * the service decides and explains, this bean shows the reasons next to the fields.
 */
@Named
@ViewScoped
public class EncounterView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CODE_SUGGESTIONS = 15;

    @EJB
    EncounterService encounters;
    @EJB
    DiagnosisService diagnoses;
    @EJB
    VitalSignsService vitalSigns;
    @EJB
    PrescriptionService prescriptions;
    @EJB
    ClinicalNoteService notes;
    @EJB
    Icd10CatalogueService catalogue;

    private String id;
    private EncounterDetails details;
    private String notFound;
    private DiagnosisEntry diagnosis = new DiagnosisEntry();
    private VitalSignsEntry vitals = new VitalSignsEntry();
    private PrescriptionEntry prescription = new PrescriptionEntry();
    private NoteType noteType = NoteType.PROGRESS;
    private String noteText;
    private String dischargeSummary;
    private String amendingNoteId;
    private String amendmentText;
    private String amendmentReason;
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        if (details == null && notFound == null && id != null) {
            reload();
        }
    }

    private void reload() {
        try {
            details = encounters.details(id);
        } catch (InvalidPatientDataException e) {
            notFound = String.join("; ", e.getFieldErrors().values());
        }
    }

    public List<String> completeCode(String typed) {
        return catalogue.search(typed, CODE_SUGGESTIONS).stream()
                .map(code -> code.getDisplayCode() + " " + code.getShortDescription()).toList();
    }

    public void addDiagnosis() {
        String typed = diagnosis.getCode();
        if (typed != null && typed.contains(" ")) {
            diagnosis.setCode(typed.substring(0, typed.indexOf(' '))); // "E11.9 Type 2 diabetes..." from the suggestions
        }
        if (act("diagnosis", () -> diagnoses.diagnose(id, diagnosis), "Diagnosis " + diagnosis.getCode() + " recorded")) {
            diagnosis = new DiagnosisEntry();
        } else {
            diagnosis.setCode(typed);
        }
    }

    public void resolveDiagnosis(DiagnosisView row) {
        act("diagnoses", () -> diagnoses.resolve(row.id()), row.code() + " resolved");
    }

    public void voidDiagnosis(DiagnosisView row) {
        if (act("diagnoses", () -> diagnoses.voidDiagnosis(row.id(), reasons.get(row.id())), row.code() + " voided")) {
            reasons.remove(row.id());
        }
    }

    public void recordVitals() {
        if (act("vitals", () -> vitalSigns.record(id, vitals), "Vital signs recorded")) {
            vitals = new VitalSignsEntry();
        }
    }

    public void voidVitals(VitalsView row) {
        if (act("vitalsList", () -> vitalSigns.voidVitals(row.id(), reasons.get(row.id())), "Vital signs voided")) {
            reasons.remove(row.id());
        }
    }

    public void prescribe() {
        if (act("prescription", () -> prescriptions.prescribe(id, prescription), prescription.getDrug() + " prescribed")) {
            prescription = new PrescriptionEntry();
        }
    }

    public void stopMedication(MedicationView row) {
        if (act("medications", () -> prescriptions.stop(row.id(), reasons.get(row.id())), row.drug() + " stopped")) {
            reasons.remove(row.id());
        }
    }

    public void signNote() {
        if (act("note", () -> notes.sign(id, noteType, noteText), "Note signed")) {
            noteText = null;
        }
    }

    public void startAmendment(NoteView note) {
        amendingNoteId = note.id();
        amendmentText = note.text();
        amendmentReason = null;
    }

    public void amendNote() {
        if (act("amendment", () -> notes.amend(amendingNoteId, amendmentText, amendmentReason), "Amendment signed")) {
            amendingNoteId = null;
        }
    }

    public void end() {
        act("end", () -> encounters.end(id, dischargeSummary), details.encounter().type().getLabel() + " ended");
    }

    /** Runs one service call; on success reloads and says so, on refusal puts each reason on its field in {@code form}. */
    private boolean act(String form, Runnable call, String success) {
        try {
            call.run();
            Messages.info(success);
            reload();
            return true;
        } catch (InvalidPatientDataException e) {
            Messages.onFields(form, e.getFieldErrors());
            return false;
        }
    }

    public boolean isFound() {
        return details != null;
    }

    public String getNotFound() {
        return notFound;
    }

    public EncounterDetails getDetails() {
        return details;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DiagnosisEntry getDiagnosis() {
        return diagnosis;
    }

    public VitalSignsEntry getVitals() {
        return vitals;
    }

    public PrescriptionEntry getPrescription() {
        return prescription;
    }

    public NoteType getNoteType() {
        return noteType;
    }

    public void setNoteType(NoteType noteType) {
        this.noteType = noteType;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getDischargeSummary() {
        return dischargeSummary;
    }

    public void setDischargeSummary(String dischargeSummary) {
        this.dischargeSummary = dischargeSummary;
    }

    public String getAmendingNoteId() {
        return amendingNoteId;
    }

    public String getAmendmentText() {
        return amendmentText;
    }

    public void setAmendmentText(String amendmentText) {
        this.amendmentText = amendmentText;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public void setAmendmentReason(String amendmentReason) {
        this.amendmentReason = amendmentReason;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public DiagnosisRank[] getRanks() {
        return DiagnosisRank.values();
    }

    public MedicationRoute[] getRoutes() {
        return MedicationRoute.values();
    }

    public NoteType[] getNoteTypes() {
        return NoteType.values();
    }
}
