package org.hpms.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.security.Roles;

/**
 * Starts and watches the billing jobs (Jakarta Batch, JDBC job repository): the billing cycle (start
 * with a cut-off), insurance claims and payment reconciliation; lists executions with their counts, stops a running one,
 * restarts a stopped or failed one (with its own parameters: it goes on after its last checkpoint),
 * abandons one that is not to be restarted. Outside any transaction: the job repository is on the XA data
 * source (so that chunks commit with their checkpoints), and a start written in a caller's transaction would
 * not be visible to the job's own thread, which begins at once, until that transaction committed.
 */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingJobs {

    public static final String BILLING_CYCLE = "billing-cycle";
    public static final String RECONCILIATION = "payment-reconciliation";
    public static final String CLAIMS = "insurance-claims";
    public static final List<String> JOBS = List.of(BILLING_CYCLE, CLAIMS, RECONCILIATION);
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @PersistenceContext
    EntityManager em;

    /** Partitions of a billing cycle unless asked otherwise: on two cores, two ran a million charges in 89.5 s (one, with the earlier writer, 133.7 s). */
    public static final int DEFAULT_PARTITIONS = 2;

    /** Bills every unbilled charge rendered up to {@code cutoff} (not in the future); refused while another run is going. */
    public long startBillingCycle(Instant cutoff, int accountsPerChunk) {
        return startBillingCycle(cutoff, accountsPerChunk, DEFAULT_PARTITIONS);
    }

    /** The same, with the patients split into {@code partitions} ranges billed side by side (each on its own connection). */
    public long startBillingCycle(Instant cutoff, int accountsPerChunk, int partitions) {
        if (cutoff == null || cutoff.isAfter(Instant.now())) {
            throw new InvalidPatientDataException(Map.of("cutoff", "Bill up to a moment that has passed"));
        }
        if (accountsPerChunk < 1 || accountsPerChunk > 5_000) {
            throw new InvalidPatientDataException(Map.of("accountsPerChunk", "Accounts per chunk: 1 to 5000"));
        }
        if (partitions < 1 || partitions > 16) {
            throw new InvalidPatientDataException(Map.of("partitions", "Partitions: 1 to 16"));
        }
        if (runs(BILLING_CYCLE, 50).stream().anyMatch(BillingJobRun::running)) {
            throw new InvalidPatientDataException(Map.of("cutoff", "A billing cycle is running; wait for it or stop it"));
        }
        Properties parameters = new Properties();
        parameters.setProperty("cutoff", cutoff.toString());
        parameters.setProperty("accountsPerChunk", String.valueOf(accountsPerChunk));
        parameters.setProperty("partitions", String.valueOf(partitions));
        return operator().start(BILLING_CYCLE, parameters);
    }

    /** Asks the gateways again about payments pending for more than {@code olderThanSeconds}. */
    public long startReconciliation(int olderThanSeconds) {
        if (olderThanSeconds < 0) {
            throw new InvalidPatientDataException(Map.of("olderThanSeconds", "Seconds: 0 or more"));
        }
        Properties parameters = new Properties();
        parameters.setProperty("olderThanSeconds", String.valueOf(olderThanSeconds));
        return operator().start(RECONCILIATION, parameters);
    }

    /** Claims the insurer's share of every issued invoice that has not been claimed yet; refused while a claim run is going. */
    public long startClaims() {
        if (runs(CLAIMS, 20).stream().anyMatch(BillingJobRun::running)) {
            throw new InvalidPatientDataException(Map.of("job", "Insurance claims are being sent; wait for that run or stop it"));
        }
        return operator().start(CLAIMS, new Properties());
    }

    /** True when an issued invoice's insurer share has not been claimed yet. */
    public boolean hasUnclaimedInvoices() {
        return !em.createNativeQuery("SELECT 1 FROM billing_invoice i WHERE " + InsuranceClaims.UNCLAIMED + " LIMIT 1").getResultList().isEmpty();
    }

    /** True when a payment or refund has been pending for longer than this. */
    public boolean hasPendingPayments(int olderThanSeconds) {
        return em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.status = org.hpms.billing.domain.PaymentStatus.PENDING"
                + " AND p.requestedAt < :before", Long.class).setParameter("before", Instant.now().minusSeconds(olderThanSeconds))
                .getSingleResult() > 0;
    }

    /** The billing cycle's executions, newest first. */
    public List<BillingJobRun> runs(int max) {
        return runs(BILLING_CYCLE, max);
    }

    /** Executions of every billing job, newest first. */
    public List<BillingJobRun> allRuns(int max) {
        List<BillingJobRun> runs = new ArrayList<>();
        JOBS.forEach(job -> runs.addAll(runs(job, max)));
        runs.sort(Comparator.comparingLong(BillingJobRun::executionId).reversed());
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    private List<BillingJobRun> runs(String job, int max) {
        JobOperator operator = operator();
        List<BillingJobRun> runs = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(job, 0, Math.max(1, max))) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    runs.add(run(operator, instance, execution));
                }
            }
        } catch (NoSuchJobException e) {
            return List.of(); // never run yet
        }
        runs.sort(Comparator.comparingLong(BillingJobRun::executionId).reversed());
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    public BillingJobRun run(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        return run(operator, operator.getJobInstance(executionId), execution);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** Restarts a stopped or failed execution with its own cut-off; returns the new execution's id. */
    public long restart(long executionId) {
        JobOperator operator = operator();
        return operator.restart(executionId, operator.getParameters(executionId));
    }

    public void abandon(long executionId) {
        operator().abandon(executionId);
    }

    /** The charges this execution could not bill, with the reasons. */
    public List<BillingCycleException> exceptions(long executionId, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.job_execution_id, p.mrn, e.service_code, e.reason, e.recorded_at"
                + " FROM billing_cycle_exception e JOIN patient p ON p.id = e.patient_id WHERE e.job_execution_id = ?1 ORDER BY e.id")
                .setParameter(1, executionId).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new BillingCycleException(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                r[4] instanceof Timestamp t ? t.toInstant() : ((java.time.LocalDateTime) r[4]).atZone(java.time.ZoneOffset.UTC).toInstant()))
                .toList();
    }

    private static BillingJobRun run(JobOperator operator, JobInstance instance, JobExecution execution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long commits = 0;
        long rollbacks = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT, READ_SKIP_COUNT -> skipped += metric.getValue();
                    case COMMIT_COUNT -> commits += metric.getValue();
                    case ROLLBACK_COUNT -> rollbacks += metric.getValue();
                    default -> { }
                }
            }
        }
        String cutoff = execution.getJobParameters() == null ? null : execution.getJobParameters().getProperty("cutoff");
        BatchStatus status = execution.getBatchStatus();
        return new BillingJobRun(instance.getJobName(), execution.getExecutionId(), instance.getInstanceId(), status.name(), execution.getExitStatus(),
                cutoff == null ? null : Instant.parse(cutoff), instant(execution.getStartTime()), instant(execution.getEndTime()), read,
                written, skipped, commits, rollbacks, RUNNING.contains(status),
                status == BatchStatus.STOPPED || status == BatchStatus.FAILED);
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
