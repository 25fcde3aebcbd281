package org.hpms.it.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.hpms.it.support.LabSystemRunner;

/**
 * Test-only EJB: runs the test's work with the identity the lab-result consumer runs as (LAB_SYSTEM)
 * and in one transaction, so that a test can hand the ingestion a batch exactly as the consumer would.
 */
@Stateless
@Local(LabSystemRunner.class)
@PermitAll
@RunAs("LAB_SYSTEM")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class RunAsLabSystem implements LabSystemRunner {

    @Override
    public <T> T inOneTransaction(Callable<T> work) throws Exception {
        return work.call();
    }
}
