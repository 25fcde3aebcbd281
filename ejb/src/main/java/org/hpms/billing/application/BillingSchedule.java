package org.hpms.billing.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Runs the billing cycle every night at {@code HPMS_BILLING_CYCLE_AT} (hospital time, default 01:00;
 * {@code off} to run it only from the admin screen), billing everything rendered before midnight; every
 * hour at {@code HPMS_INSURANCE_CLAIMS_MINUTE} (default 20, or {@code off}), when insured invoices have not
 * been claimed, the insurance claims; and every five minutes, when
 * payments or claims are pending, the payment reconciliation.
 */
@Singleton
@Startup
@RunAs(Roles.BILLING)
@RolesAllowed(Roles.BILLING)
public class BillingSchedule {

    private static final Logger LOG = Logger.getLogger(BillingSchedule.class.getName());
    static final int ACCOUNTS_PER_CHUNK = 200;
    static final int RECONCILE_AFTER_SECONDS = 60;
    private static final String CLAIMS_TIMER = "insurance-claims";

    @Resource
    TimerService timers;

    @EJB
    BillingJobs jobs;

    @PostConstruct
    void schedule() {
        String claimsMinute = HpmsConfiguration.insuranceClaimsMinute();
        if ("off".equalsIgnoreCase(claimsMinute)) {
            LOG.info("Hourly insurance claims are off (HPMS_INSURANCE_CLAIMS_MINUTE=off)");
        } else {
            timers.createCalendarTimer(new ScheduleExpression().hour("*").minute(Integer.parseInt(claimsMinute)), new TimerConfig(CLAIMS_TIMER, false));
        }
        String at = HpmsConfiguration.billingCycleAt();
        if ("off".equalsIgnoreCase(at)) {
            LOG.info("Nightly billing cycle is off (HPMS_BILLING_CYCLE_AT=off)");
            return;
        }
        LocalTime time = LocalTime.parse(at);
        timers.createCalendarTimer(new ScheduleExpression().hour(time.getHour()).minute(time.getMinute())
                .timezone(HpmsConfiguration.hospitalZone().getId()), new TimerConfig("billing-cycle", false));
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void reconcilePendingPayments() {
        if (jobs.hasPendingPayments(RECONCILE_AFTER_SECONDS)) {
            jobs.startReconciliation(RECONCILE_AFTER_SECONDS);
        }
    }

    /** Hourly: invoices issued since (at the desk or by the night's cycle) have their insurer's share claimed. */
    void claimInsurersShares() {
        if (jobs.hasUnclaimedInvoices()) {
            try {
                jobs.startClaims();
            } catch (InvalidPatientDataException e) {
                LOG.log(Level.INFO, "Insurance claims not started: {0}", e.getFieldErrors().values());
            }
        }
    }

    @Timeout
    void timeout(Timer timer) {
        if (CLAIMS_TIMER.equals(timer.getInfo())) {
            claimInsurersShares();
        } else {
            nightly();
        }
    }

    private void nightly() {
        try {
            long execution = jobs.startBillingCycle(LocalDate.now(HpmsConfiguration.hospitalZone()).atStartOfDay(HpmsConfiguration.hospitalZone())
                    .toInstant(), ACCOUNTS_PER_CHUNK);
            LOG.info(() -> "Nightly billing cycle started, execution " + execution);
        } catch (InvalidPatientDataException e) {
            LOG.log(Level.WARNING, "Nightly billing cycle not started: {0}", e.getFieldErrors().values());
        }
    }
}
