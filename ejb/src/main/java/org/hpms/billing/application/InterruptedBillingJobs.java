package org.hpms.billing.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start-up, marks billing-job executions that a crash left "started" as failed, so that an operator
 * (or the jobs screen) can restart them from their last checkpoint: the batch runtime itself keeps
 * them started forever and refuses to restart or abandon them. Assumes one server runs the billing jobs
 * (the usual installation); with several, run the billing jobs on one of them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedBillingJobs {

    private static final Logger LOG = Logger.getLogger(InterruptedBillingJobs.class.getName());
    private static final String INTERRUPTED = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @PostConstruct
    void markFailed() {
        String jobs = "SELECT e.JOBEXECUTIONID FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID"
                + " WHERE i.JOBNAME IN ('" + String.join("', '", BillingJobs.JOBS) + "') AND e.BATCHSTATUS IN " + INTERRUPTED;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int steps;
            int executions;
            try (PreparedStatement step = connection.prepareStatement("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED',"
                    + " EXITSTATUS = 'FAILED', ENDTIME = NOW(), VERSION = VERSION + 1 WHERE BATCHSTATUS IN " + INTERRUPTED + " AND JOBEXECUTIONID IN ("
                    + "SELECT * FROM (" + jobs + ") interrupted)");
                 PreparedStatement job = connection.prepareStatement("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED',"
                         + " EXITSTATUS = 'FAILED: the server stopped during the run', ENDTIME = NOW(), LASTUPDATEDTIME = NOW(),"
                         + " VERSION = VERSION + 1"
                         + " WHERE JOBEXECUTIONID IN (SELECT * FROM (" + jobs + ") interrupted)")) {
                steps = step.executeUpdate();
                executions = job.executeUpdate();
            }
            connection.commit();
            if (executions > 0) {
                LOG.warning(() -> executions + " billing job execution(s) interrupted by a stop of the server marked FAILED (" + steps
                        + " step(s)); restart them from the billing jobs screen");
            }
        } catch (SQLException e) {
            // A fresh database has no job tables until the batch runtime first writes them.
            LOG.log(Level.FINE, "No billing job executions to look at", e);
        }
    }
}
