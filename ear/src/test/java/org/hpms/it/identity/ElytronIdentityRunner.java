package org.hpms.it.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.hpms.it.support.IdentityRunner;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Test-only EJB, deployed in its own module of the test EAR: inside an EJB invocation the
 * application's Elytron domain is associated with the thread, so it can authenticate a staff
 * account through the real JDBC realm and run the test's work as that identity. Not transactional,
 * so that each service call the work makes has its own transaction, as from a screen.
 */
@Stateless
@Local(IdentityRunner.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ElytronIdentityRunner implements IdentityRunner {

    @Override
    public <T> T runAs(String username, String password, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(work);
    }

    @Override
    public boolean authenticates(String username, String password) {
        try {
            SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
            return true;
        } catch (SecurityException | RealmUnavailableException e) {
            return false;
        }
    }
}
