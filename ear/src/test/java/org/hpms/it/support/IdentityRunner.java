package org.hpms.it.support;

import java.util.concurrent.Callable;

/** Local view of the test-only EJB that runs work as an authenticated staff account. */
public interface IdentityRunner {

    <T> T runAs(String username, String password, Callable<T> work) throws Exception;

    /** True when the realm accepts the credentials (the same check a login does). */
    boolean authenticates(String username, String password);
}
