package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hpms.clinical.application.ChartService;
import org.hpms.clinical.application.ClinicalNoteService;
import org.hpms.clinical.application.DiagnosisService;
import org.hpms.clinical.application.DocumentService;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.application.PrescriptionService;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.domain.DiagnosisRank;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.clinical.domain.NoteType;
import org.hpms.it.support.ChartFixtures;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientMergeService;
import org.hpms.patient.application.PatientRecordService;
import org.hpms.billing.application.BillingJobs;
import org.hpms.billing.application.BillingPlans;
import org.hpms.billing.application.BillingReports;
import org.hpms.billing.application.ChargeCapture;
import org.hpms.billing.application.InsuranceClaims;
import org.hpms.billing.application.Invoicing;
import org.hpms.billing.application.PaymentRequest;
import org.hpms.billing.application.Payments;
import org.hpms.billing.application.PriceList;
import org.hpms.billing.domain.ChargeSourceType;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.RenderedService;
import org.hpms.lab.application.LabMessageQueries;
import org.hpms.lab.application.LabOrderRequest;
import org.hpms.lab.application.LabOrderService;
import org.hpms.lab.application.LabResultFiling;
import org.hpms.lab.application.LabResultIngestion;
import org.hpms.lab.application.LabResultQueries;
import org.hpms.lab.application.LabResultWorklist;
import org.hpms.lab.application.LabResultsInbox;
import org.hpms.lab.domain.LabPriority;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.scheduling.application.AssignmentRequest;
import org.hpms.scheduling.application.AssignmentService;
import org.hpms.scheduling.application.BookingRequest;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.application.NoShowSweeper;
import org.hpms.scheduling.application.NotificationDelivery;
import org.hpms.scheduling.application.NotificationDispatcher;
import org.hpms.scheduling.application.QueueService;
import org.hpms.scheduling.application.SchedulingDirectory;
import org.hpms.scheduling.application.WaitlistRequest;
import org.hpms.scheduling.application.WaitlistService;
import org.hpms.scheduling.application.WalkInRequest;
import org.hpms.scheduling.application.SchedulingAdminService;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeKind;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WeeklySession;
import org.hpms.staff.application.StaffDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role matrix of every chart and scheduling service method, called as each real account: allowed roles get past
 * the security check (and then fail on the made-up ids, writing nothing), every other role and an
 * unauthenticated caller are refused by the container.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RoleMatrixIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/EncounterService")
    EncounterService encounters;
    @EJB(lookup = "java:global/hpms/hpms-ejb/DiagnosisService")
    DiagnosisService diagnoses;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PrescriptionService")
    PrescriptionService prescriptions;
    @EJB(lookup = "java:global/hpms/hpms-ejb/VitalSignsService")
    VitalSignsService vitalSigns;
    @EJB(lookup = "java:global/hpms/hpms-ejb/ClinicalNoteService")
    ClinicalNoteService notes;
    @EJB(lookup = "java:global/hpms/hpms-ejb/DocumentService")
    DocumentService documents;
    @EJB(lookup = "java:global/hpms/hpms-ejb/ChartService")
    ChartService charts;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRecordService")
    PatientRecordService records;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientMergeService")
    PatientMergeService merges;
    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffDirectory")
    StaffDirectory directory;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BookingService")
    BookingService booking;
    @EJB(lookup = "java:global/hpms/hpms-ejb/AssignmentService")
    AssignmentService assignments;
    @EJB(lookup = "java:global/hpms/hpms-ejb/SchedulingAdminService")
    SchedulingAdminService schedulingAdmin;
    @EJB(lookup = "java:global/hpms/hpms-ejb/NoShowSweeper")
    NoShowSweeper sweeper;
    @EJB(lookup = "java:global/hpms/hpms-ejb/QueueService")
    QueueService queue;
    @EJB(lookup = "java:global/hpms/hpms-ejb/WaitlistService")
    WaitlistService waitlist;
    @EJB(lookup = "java:global/hpms/hpms-ejb/SchedulingDirectory")
    SchedulingDirectory schedulingDirectory;
    @EJB(lookup = "java:global/hpms/hpms-ejb/NotificationDispatcher")
    NotificationDispatcher dispatcher;
    @EJB(lookup = "java:global/hpms/hpms-ejb/NotificationDelivery")
    NotificationDelivery delivery;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultIngestion")
    LabResultIngestion labIngestion;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabMessageQueries")
    LabMessageQueries labMessages;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultWorklist")
    LabResultWorklist labWorklist;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultFiling")
    LabResultFiling labFiling;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabOrderService")
    LabOrderService labOrders;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultQueries")
    LabResultQueries labResults;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultsInbox")
    LabResultsInbox labInbox;
    @EJB(lookup = "java:global/hpms/hpms-ejb/ChargeCapture")
    ChargeCapture charges;
    @EJB(lookup = "java:global/hpms/hpms-ejb/Invoicing")
    Invoicing invoicing;
    @EJB(lookup = "java:global/hpms/hpms-ejb/Payments")
    Payments payments;
    @EJB(lookup = "java:global/hpms/hpms-ejb/InsuranceClaims")
    InsuranceClaims insuranceClaims;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PriceList")
    PriceList priceList;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingPlans")
    BillingPlans billingPlans;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingJobs")
    BillingJobs billingJobs;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingReports")
    BillingReports billingReports;

    private static final List<String> EVERY_ACCOUNT = List.of(Staff.ADMIN, Staff.DOCTOR, Staff.NURSE, Staff.RECEPTIONIST,
            Staff.BILLING, Staff.LAB_TECH);
    private static final Set<String> CLINICIANS = Set.of(Staff.DOCTOR, Staff.NURSE);
    private static final Set<String> DOCTORS = Set.of(Staff.DOCTOR);
    private static final Set<String> FRONT_DESK = Set.of(Staff.RECEPTIONIST, Staff.ADMIN);
    private static final Set<String> EVERYONE = Set.copyOf(EVERY_ACCOUNT);

    /** A valid MRN that no patient has, and an id that no record has. */
    private static final String NOBODY = MedicalRecordNumber.fromSerial(MedicalRecordNumber.LAST_SERIAL).value();
    private static final String NO_RECORD = "00000000-0000-0000-0000-000000000000";

    record Row(String method, Set<String> allowed, Callable<?> call) {
    }

    private List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("EncounterService.open", CLINICIANS,
                () -> encounters.open(NOBODY, ChartFixtures.visit(EncounterType.OUTPATIENT, "x"))));
        rows.add(new Row("EncounterService.end", CLINICIANS, () -> run(() -> encounters.end(NO_RECORD, "x"))));
        rows.add(new Row("EncounterService.details", CLINICIANS, () -> encounters.details(NO_RECORD)));
        rows.add(new Row("DiagnosisService.diagnose", DOCTORS,
                () -> diagnoses.diagnose(NO_RECORD, ChartFixtures.diagnosis("I10", DiagnosisRank.PRIMARY))));
        rows.add(new Row("DiagnosisService.resolve", DOCTORS, () -> run(() -> diagnoses.resolve(NO_RECORD))));
        rows.add(new Row("DiagnosisService.voidDiagnosis", DOCTORS, () -> run(() -> diagnoses.voidDiagnosis(NO_RECORD, "reason"))));
        rows.add(new Row("PrescriptionService.prescribe", DOCTORS,
                () -> prescriptions.prescribe(NO_RECORD, ChartFixtures.prescription("Paracetamol", 3))));
        rows.add(new Row("PrescriptionService.stop", DOCTORS, () -> run(() -> prescriptions.stop(NO_RECORD, "reason"))));
        rows.add(new Row("PrescriptionService.current", CLINICIANS, () -> prescriptions.current(NOBODY)));
        rows.add(new Row("VitalSignsService.record", CLINICIANS,
                () -> vitalSigns.record(NO_RECORD, ChartFixtures.vitals(120, 80, 70, "36.6", null, null))));
        rows.add(new Row("VitalSignsService.trend", CLINICIANS, () -> vitalSigns.trend(NOBODY, 10)));
        rows.add(new Row("VitalSignsService.voidVitals", CLINICIANS, () -> run(() -> vitalSigns.voidVitals(NO_RECORD, "reason"))));
        rows.add(new Row("ClinicalNoteService.sign", CLINICIANS, () -> notes.sign(NO_RECORD, NoteType.PROGRESS, "text")));
        rows.add(new Row("ClinicalNoteService.amend", CLINICIANS, () -> notes.amend(NO_RECORD, "text", "reason")));
        rows.add(new Row("DocumentService.attach", CLINICIANS,
                () -> documents.attach(NOBODY, null, "Scan", "application/pdf", ChartFixtures.pdf(100))));
        rows.add(new Row("DocumentService.list", CLINICIANS, () -> documents.list(NOBODY)));
        rows.add(new Row("DocumentService.open", CLINICIANS, () -> documents.open(NO_RECORD)));
        rows.add(new Row("DocumentService.voidDocument", CLINICIANS, () -> run(() -> documents.voidDocument(NO_RECORD, "reason"))));
        rows.add(new Row("ChartService.summary", CLINICIANS, () -> charts.summary(NOBODY)));
        rows.add(new Row("ChartService.timeline", CLINICIANS, () -> charts.timeline(NOBODY, 0, 10)));
        rows.add(new Row("ChartService.countEncounters", CLINICIANS, () -> charts.countEncounters(NOBODY)));
        rows.add(new Row("ChartService.printableSummary", CLINICIANS, () -> charts.printableSummary(NOBODY)));
        rows.add(new Row("PatientRecordService.demographicsForEdit", FRONT_DESK, () -> records.demographicsForEdit(NOBODY)));
        rows.add(new Row("PatientRecordService.update", FRONT_DESK,
                () -> records.update(NOBODY, 0, PatientFixtures.demographics("No", "Body"))));
        rows.add(new Row("PatientRecordService.addIdentifier", FRONT_DESK, () -> run(() -> records.addIdentifier(NOBODY, "Insurer", "X1"))));
        rows.add(new Row("PatientRecordService.history", Set.of(Staff.RECEPTIONIST, Staff.ADMIN, Staff.DOCTOR, Staff.NURSE),
                () -> records.history(NOBODY)));
        rows.add(new Row("PatientRecordService.changePhoto", Set.of(Staff.RECEPTIONIST, Staff.ADMIN, Staff.NURSE),
                () -> run(() -> records.changePhoto(NOBODY, "image/png", new byte[] {1}))));
        rows.add(new Row("PatientRecordService.photo", EVERYONE, () -> records.photo(NOBODY)));
        rows.add(new Row("PatientRecordService.identifiers", EVERYONE, () -> records.identifiers(NOBODY)));
        rows.add(new Row("PatientMergeService.merge", Set.of(Staff.ADMIN), () -> merges.merge(NOBODY, NOBODY, "too short")));
        rows.add(new Row("StaffDirectory.withRole", EVERYONE, () -> directory.withRole("DOCTOR")));
        BookingRequest nobodysBooking = new BookingRequest(NOBODY, "dr.nobody", Instant.now().plusSeconds(86_400), VisitType.NEW,
                "GENERAL_MEDICINE", null);
        AssignmentRequest nobodysAssignment = new AssignmentRequest(NOBODY, "GENERAL_MEDICINE", null, VisitType.NEW, null, null, null,
                null, null);
        Set<String> bookers = Set.of(Staff.RECEPTIONIST, Staff.ADMIN, Staff.DOCTOR, Staff.NURSE);
        rows.add(new Row("BookingService.book", bookers, () -> booking.book(nobodysBooking)));
        rows.add(new Row("BookingService.bookSeries", bookers, () -> booking.bookSeries(nobodysBooking, 7, 2)));
        rows.add(new Row("BookingService.cancel", bookers, () -> run(() -> booking.cancel(NO_RECORD, "reason"))));
        rows.add(new Row("BookingService.reschedule", bookers, () -> booking.reschedule(NO_RECORD, Instant.now(), null)));
        rows.add(new Row("BookingService.advance", bookers, () -> booking.advance(NO_RECORD, AppointmentStatus.CHECKED_IN)));
        rows.add(new Row("BookingService.dayList", bookers, () -> booking.dayList("dr.nobody", LocalDate.now())));
        rows.add(new Row("BookingService.freeSlots", EVERYONE, () -> booking.freeSlots("dr.nobody", VisitType.NEW, LocalDate.now(),
                LocalDate.now())));
        rows.add(new Row("AssignmentService.propose", bookers, () -> assignments.propose(nobodysAssignment)));
        rows.add(new Row("AssignmentService.assignAndBook", bookers, () -> assignments.assignAndBook(nobodysAssignment)));
        rows.add(new Row("AssignmentService.alternativesFor", bookers, () -> assignments.alternativesFor(NO_RECORD)));
        rows.add(new Row("AssignmentService.reassign", bookers, () -> assignments.reassign(NO_RECORD)));
        rows.add(new Row("SchedulingAdminService.saveProfile", Set.of(Staff.ADMIN), () -> run(() -> schedulingAdmin.saveProfile(
                "dr.nobody", "Medicine", 20, 10, 20, List.of(), List.of("GENERAL_MEDICINE")))));
        rows.add(new Row("SchedulingAdminService.addWorkingHours", Set.of(Staff.ADMIN), () -> run(() -> schedulingAdmin.addWorkingHours(
                "dr.nobody", new WeeklySession(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), "OPD 1", LocalDate.now(),
                        null)))));
        rows.add(new Row("SchedulingAdminService.addScheduleChange", Set.of(Staff.ADMIN), () -> schedulingAdmin
                .addScheduleChange("dr.nobody", new ScheduleChange(ScheduleChangeKind.LEAVE, new TimeInterval(Instant.now(),
                        Instant.now().plusSeconds(3600)), null), "leave")));
        rows.add(new Row("NoShowSweeper.markNoShows", Set.of(Staff.ADMIN), () -> sweeper.markNoShows(Instant.EPOCH)));
        rows.add(new Row("SchedulingAdminService.saveSpecialization", Set.of(Staff.ADMIN),
                () -> schedulingAdmin.saveSpecialization("x", "")));
        rows.add(new Row("SchedulingAdminService.retireSpecialization", Set.of(Staff.ADMIN),
                () -> run(() -> schedulingAdmin.retireSpecialization("NO_SUCH_SPECIALIZATION"))));
        rows.add(new Row("SchedulingAdminService.workingHours", Set.of(Staff.ADMIN), () -> schedulingAdmin.workingHours("dr.nobody")));
        rows.add(new Row("SchedulingAdminService.endWorkingHours", Set.of(Staff.ADMIN),
                () -> run(() -> schedulingAdmin.endWorkingHours(-1, LocalDate.now()))));
        rows.add(new Row("SchedulingAdminService.upcomingChanges", Set.of(Staff.ADMIN), () -> schedulingAdmin.upcomingChanges("dr.nobody")));
        rows.add(new Row("BookingService.between", bookers, () -> booking.between("dr.nobody", null, Instant.now(),
                Instant.now().plusSeconds(3600))));
        rows.add(new Row("BookingService.upcomingFor", bookers, () -> booking.upcomingFor(NOBODY)));
        rows.add(new Row("BookingService.details", bookers, () -> booking.details(NO_RECORD)));
        rows.add(new Row("BookingService.notifications", bookers, () -> booking.notifications(NO_RECORD)));
        rows.add(new Row("QueueService.registerWalkIn", bookers, () -> queue.registerWalkIn(new WalkInRequest(NOBODY, "GENERAL_MEDICINE",
                null, VisitType.NEW, null))));
        rows.add(new Row("QueueService.board", bookers, () -> queue.board("Nowhere", LocalDate.now())));
        rows.add(new Row("QueueService.departments", EVERYONE, () -> queue.departments()));
        rows.add(new Row("WaitlistService.join", bookers, () -> waitlist.join(new WaitlistRequest(NOBODY, "GENERAL_MEDICINE", null,
                VisitType.NEW, Instant.now(), Instant.now().plusSeconds(86_400)))));
        rows.add(new Row("WaitlistService.open", bookers, () -> waitlist.open()));
        rows.add(new Row("WaitlistService.accept", bookers, () -> waitlist.accept(NO_RECORD)));
        rows.add(new Row("WaitlistService.decline", bookers, () -> waitlist.decline(NO_RECORD)));
        rows.add(new Row("SchedulingDirectory.specializations", EVERYONE, () -> schedulingDirectory.specializations()));
        rows.add(new Row("SchedulingDirectory.doctors", EVERYONE, () -> schedulingDirectory.doctors()));
        rows.add(new Row("StaffDirectory.nameOf", EVERYONE, () -> directory.nameOf("dr.nobody")));
        rows.add(new Row("NotificationDispatcher.dispatchDue", Set.of(Staff.ADMIN), () -> dispatcher.dispatchDue(Instant.EPOCH)));
        rows.add(new Row("NotificationDelivery.deliver", Set.of(Staff.ADMIN), () -> run(() -> delivery.deliver(-1))));
        // Only the laboratories' technical identity (the lab queue's consumer runs as it); no staff account.
        rows.add(new Row("LabResultIngestion.ingest", Set.of(), () -> labIngestion.ingest("")));
        rows.add(new Row("LabMessageQueries.find", Set.of(Staff.LAB_TECH, Staff.ADMIN), () -> labMessages.find(null, 0, 1)));
        rows.add(new Row("LabMessageQueries.count", Set.of(Staff.LAB_TECH, Staff.ADMIN), () -> labMessages.count(null)));
        rows.add(new Row("LabResultWorklist.link", Set.of(Staff.LAB_TECH, Staff.ADMIN),
                () -> run(() -> labWorklist.link(-1, NOBODY, null, null))));
        rows.add(new Row("LabResultFiling.match", Set.of(Staff.LAB_TECH, Staff.ADMIN), () -> labFiling.match(null)));
        rows.add(new Row("LabOrderService.catalogue", Set.of(Staff.DOCTOR, Staff.NURSE, Staff.LAB_TECH, Staff.ADMIN), () -> labOrders.catalogue()));
        rows.add(new Row("LabOrderService.place", DOCTORS,
                () -> labOrders.place(NO_RECORD, new LabOrderRequest(List.of("K"), LabPriority.ROUTINE, null))));
        rows.add(new Row("LabOrderService.cancel", DOCTORS, () -> run(() -> labOrders.cancel("HPMS-LO-0", "reason"))));
        rows.add(new Row("LabOrderService.collect", Set.of(Staff.NURSE, Staff.LAB_TECH), () -> run(() -> labOrders.collect("HPMS-LO-0", "A-1"))));
        rows.add(new Row("LabOrderService.ofEncounter", CLINICIANS, () -> labOrders.ofEncounter(NO_RECORD)));
        rows.add(new Row("LabOrderService.awaitingCollection", Set.of(Staff.NURSE, Staff.LAB_TECH), () -> labOrders.awaitingCollection(1)));
        rows.add(new Row("LabResultQueries.recentReports", CLINICIANS, () -> labResults.recentReports(NOBODY, 1)));
        rows.add(new Row("LabResultQueries.report", CLINICIANS, () -> labResults.report(-1)));
        rows.add(new Row("LabResultQueries.trend", CLINICIANS, () -> labResults.trend(NOBODY, "2823-3")));
        rows.add(new Row("LabResultsInbox.inbox", DOCTORS, () -> labInbox.inbox()));
        rows.add(new Row("LabResultsInbox.criticalCount", DOCTORS, () -> labInbox.criticalCount()));
        rows.add(new Row("LabResultsInbox.signOff", DOCTORS, () -> run(() -> labInbox.signOff(-1))));
        rows.add(new Row("LabResultWorklist.reject", Set.of(Staff.LAB_TECH, Staff.ADMIN),
                () -> run(() -> labWorklist.reject(-1, "not ours at all"))));
        // Billing: billing staff (and administrators) only; doctors and nurses see no money.
        Set<String> billingDesk = Set.of(Staff.BILLING, Staff.ADMIN);
        RenderedService nothing = new RenderedService(ChargeSourceType.PROCEDURE, "none", "PROC-ECG", null, 1, null, null, null, Instant.now(), null);
        rows.add(new Row("ChargeCapture.capture", Set.of(Staff.DOCTOR, Staff.NURSE, Staff.RECEPTIONIST, Staff.LAB_TECH, Staff.BILLING, Staff.ADMIN),
                () -> run(() -> charges.capture(NOBODY, nothing))));
        // Lab orders that turned final, from results the consumer (LAB_SYSTEM) files or a technician links; no patient -1: nothing stored.
        rows.add(new Row("ChargeCapture.captureAll", Set.of(Staff.LAB_TECH, Staff.ADMIN),
                () -> run(() -> charges.captureAll(List.of(new ChargeCapture.ForPatient(-1, nothing))))));
        rows.add(new Row("ChargeCapture.reverseSource", Set.of(Staff.DOCTOR, Staff.NURSE, Staff.RECEPTIONIST, Staff.LAB_TECH, Staff.BILLING,
                Staff.ADMIN), () -> run(() -> charges.reverseSource(ChargeSourceType.PROCEDURE, "never-charged", "entered in error"))));
        rows.add(new Row("ChargeCapture.enter", billingDesk, () -> charges.enter(NOBODY, "PROC-ECG", 1, null, "reason")));
        rows.add(new Row("ChargeCapture.adjust", billingDesk, () -> charges.adjust(NOBODY, BigDecimal.TEN, "reason")));
        rows.add(new Row("ChargeCapture.reverse", billingDesk, () -> charges.reverse(NO_RECORD, "reason")));
        rows.add(new Row("ChargeCapture.unbilled", billingDesk, () -> charges.unbilled(NOBODY)));
        rows.add(new Row("Invoicing.draft", billingDesk, () -> invoicing.draft(NOBODY, null)));
        rows.add(new Row("Invoicing.issue", billingDesk, () -> invoicing.issue(NO_RECORD)));
        rows.add(new Row("Invoicing.billNow", billingDesk, () -> invoicing.billNow(NOBODY)));
        rows.add(new Row("Invoicing.voidInvoice", billingDesk, () -> invoicing.voidInvoice(NO_RECORD, "reason")));
        rows.add(new Row("Invoicing.discardDraft", billingDesk, () -> run(() -> invoicing.discardDraft(NO_RECORD))));
        rows.add(new Row("Invoicing.details", billingDesk, () -> invoicing.details(NO_RECORD)));
        rows.add(new Row("Invoicing.ofPatient", billingDesk, () -> invoicing.ofPatient(NOBODY)));
        rows.add(new Row("Invoicing.search", billingDesk, () -> invoicing.search(null, 0, 1)));
        rows.add(new Row("Invoicing.statement", billingDesk, () -> invoicing.statement(NOBODY)));
        rows.add(new Row("InsuranceClaims.submit", billingDesk, () -> insuranceClaims.submit(NO_RECORD)));
        rows.add(new Row("InsuranceClaims.claims", billingDesk, () -> insuranceClaims.claims(NO_RECORD)));
        rows.add(new Row("Payments.pay", Set.of(Staff.BILLING), () -> payments.pay(new PaymentRequest(NO_RECORD, GatewayKind.CASH,
                BigDecimal.TEN, "BDT", "k"))));
        rows.add(new Row("Payments.refund", billingDesk, () -> payments.refund(NO_RECORD, BigDecimal.TEN, "reason", "k")));
        rows.add(new Row("Payments.payment", billingDesk, () -> payments.payment(NO_RECORD)));
        rows.add(new Row("Payments.openCashierSession", Set.of(Staff.BILLING), () -> payments.openCashierSession(null)));
        rows.add(new Row("Payments.currentCashierSession", Set.of(Staff.BILLING), () -> payments.currentCashierSession()));
        rows.add(new Row("Payments.closeCashierSession", Set.of(Staff.BILLING), () -> payments.closeCashierSession(null)));
        rows.add(new Row("PriceList.entries", Set.of(Staff.BILLING, Staff.ADMIN, Staff.RECEPTIONIST), () -> priceList.entries()));
        rows.add(new Row("PriceList.setPrice", billingDesk, () -> run(() -> priceList.setPrice("NONE", null, null, null))));
        rows.add(new Row("PriceList.addService", billingDesk, () -> run(() -> priceList.addService("", null, null, null, null))));
        rows.add(new Row("PriceList.retire", billingDesk, () -> run(() -> priceList.retire("NONE"))));
        rows.add(new Row("BillingPlans.set", Set.of(Staff.BILLING, Staff.RECEPTIONIST, Staff.ADMIN),
                () -> run(() -> billingPlans.set(NOBODY, null, null, null))));
        rows.add(new Row("BillingJobs.startBillingCycle", billingDesk, () -> billingJobs.startBillingCycle(null, 10)));
        rows.add(new Row("BillingJobs.runs", billingDesk, () -> billingJobs.runs(5)));
        rows.add(new Row("BillingJobs.hasUnclaimedInvoices", billingDesk, () -> billingJobs.hasUnclaimedInvoices()));
        rows.add(new Row("BillingJobs.exceptions", billingDesk, () -> billingJobs.exceptions(-1, 5)));
        rows.add(new Row("BillingReports.cashClosing", billingDesk, () -> billingReports.cashClosing(null)));
        rows.add(new Row("BillingReports.revenue", billingDesk, () -> billingReports.revenue(null, null, false)));
        rows.add(new Row("BillingReports.receivablesAging", billingDesk, () -> billingReports.receivablesAging(LocalDate.now())));
        rows.add(new Row("BillingReports.insurerOutstanding", billingDesk, () -> billingReports.insurerOutstanding()));
        rows.add(new Row("BillingPlans.approveDiscount", Set.of(Staff.ADMIN), () -> run(() -> billingPlans.approveDiscount(NOBODY))));
        return rows;
    }

    @Test
    void everyServiceMethodAdmitsExactlyItsRoles() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String account : EVERY_ACCOUNT) {
            // one login per account (each pays a bcrypt check); every call still has its own transaction
            wrong.addAll(Staff.as(account, () -> {
                List<String> wrongForAccount = new ArrayList<>();
                for (Row row : matrix()) {
                    boolean refused = refused(row.call());
                    if (refused == row.allowed().contains(account)) {
                        wrongForAccount.add(row.method() + " as " + account + (refused ? " was refused" : " was let through"));
                    }
                }
                return wrongForAccount;
            }));
        }
        assertTrue(wrong.isEmpty(), "role matrix broken: " + wrong);
    }

    @Test
    void receptionSeesDemographicsButNoClinicalData() throws Exception {
        assertTrue(Staff.as(Staff.RECEPTIONIST, () -> refused(() -> charts.summary(NOBODY))));
        assertTrue(Staff.as(Staff.RECEPTIONIST, () -> refused(() -> encounters.details(NO_RECORD))),
                "notes are read through encounter details");
        assertFalse(Staff.as(Staff.RECEPTIONIST, () -> refused(() -> records.history(NOBODY))));
    }

    @Test
    void unauthenticatedCallsAreRefusedEverywhere() {
        for (Row row : matrix()) {
            assertThrows(EJBAccessException.class, () -> row.call().call(), row.method());
        }
    }

    private static boolean refused(Callable<?> call) {
        try {
            call.call();
            return false;
        } catch (EJBAccessException e) {
            return true;
        } catch (Exception e) {
            return false; // past the security check: refused by the service's own rules (unknown patient or record)
        }
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
