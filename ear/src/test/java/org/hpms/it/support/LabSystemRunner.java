package org.hpms.it.support;

import java.util.concurrent.Callable;

/** Local view of the test-only EJB that runs work as a laboratory system (role LAB_SYSTEM) in one transaction, as the consumer does. */
public interface LabSystemRunner {

    <T> T inOneTransaction(Callable<T> work) throws Exception;
}
