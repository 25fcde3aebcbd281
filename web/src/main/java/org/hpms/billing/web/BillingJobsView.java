package org.hpms.billing.web;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hpms.billing.application.BillingCycleException;
import org.hpms.billing.application.BillingJobRun;
import org.hpms.billing.application.BillingJobs;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;

/**
 * Billing jobs for billing staff and administrators: start a billing cycle up to a cut-off (default: the
 * start of today) or a payment reconciliation; the executions with status and counts; stop, restart,
 * abandon; the charges a run could not bill, with the reasons.
 */
@Named
@ViewScoped
public class BillingJobsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @EJB
    BillingJobs jobs;

    private LocalDateTime cutoff = LocalDate.now(HpmsConfiguration.hospitalZone()).atStartOfDay();
    private List<BillingJobRun> runs;
    private Long shownExceptions;
    private List<BillingCycleException> exceptions = List.of();

    public void load() {
        runs = jobs.allRuns(SHOWN);
    }

    public void startCycle() {
        act(() -> {
            Instant until = cutoff == null ? null : cutoff.atZone(HpmsConfiguration.hospitalZone()).toInstant();
            Messages.info("Billing cycle started (execution " + jobs.startBillingCycle(until, 200) + ")");
        });
    }

    public void startClaims() {
        act(() -> Messages.info("Insurance claims started (execution " + jobs.startClaims() + ")"));
    }

    public void startReconciliation() {
        act(() -> Messages.info("Payment reconciliation started (execution " + jobs.startReconciliation(60) + ")"));
    }

    public void stop(BillingJobRun run) {
        act(() -> {
            jobs.stop(run.executionId());
            Messages.info("Stopping execution " + run.executionId());
        });
    }

    public void restart(BillingJobRun run) {
        act(() -> Messages.info("Execution " + run.executionId() + " restarted as " + jobs.restart(run.executionId())));
    }

    public void abandon(BillingJobRun run) {
        act(() -> {
            jobs.abandon(run.executionId());
            Messages.info("Execution " + run.executionId() + " abandoned");
        });
    }

    public void showExceptions(BillingJobRun run) {
        shownExceptions = run.executionId();
        exceptions = jobs.exceptions(run.executionId(), 500);
    }

    public void refresh() {
        runs = jobs.allRuns(SHOWN);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        } catch (BatchRuntimeException | EJBException e) {
            // The batch runtime refuses what the execution's state does not allow (restarting a completed run, stopping a finished one).
            Messages.error("Not possible for this execution now: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
        runs = jobs.allRuns(SHOWN);
    }

    public LocalDateTime getCutoff() {
        return cutoff;
    }

    public void setCutoff(LocalDateTime cutoff) {
        this.cutoff = cutoff;
    }

    public LocalTime getNightlyAt() {
        String at = HpmsConfiguration.billingCycleAt();
        return "off".equalsIgnoreCase(at) ? null : LocalTime.parse(at);
    }

    public List<BillingJobRun> getRuns() {
        return runs;
    }

    public Long getShownExceptions() {
        return shownExceptions;
    }

    public List<BillingCycleException> getExceptions() {
        return exceptions;
    }
}
