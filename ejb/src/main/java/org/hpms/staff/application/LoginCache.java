package org.hpms.staff.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.InstanceNotFoundException;
import javax.management.ObjectName;
import org.hpms.security.Roles;

/**
 * Empties the server's cache of verified logins (Elytron caching realm {@code HpmsCachingRealm},
 * 40-security.cli) once a change to an account commits, so that a disabled account, a new password or
 * changed roles count from the next request: without the cache every API request would pay a bcrypt
 * check (HTTP Basic), with it only the first one of a user per minute does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH})
public class LoginCache {

    static final String REALM = "jboss.as:subsystem=elytron,caching-realm=HpmsCachingRealm";
    private static final Logger LOG = Logger.getLogger(LoginCache.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Clears the cache after the caller's transaction commits (before, a login in between could cache the old account again). */
    public void clearAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    clear();
                }
            }
        });
    }

    static void clear() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(REALM), "clearCache", new Object[0], new String[0]);
        } catch (InstanceNotFoundException e) {
            LOG.fine("No login cache configured");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not clear the login cache; account changes count once its entries expire (60 s)", e);
        }
    }
}
