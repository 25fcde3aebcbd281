package org.hpms.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment all container tests share (arquillian-suite-extension, named in arquillian.xml): the
 * real EAR with every test class, deployed once per run instead of once per test class. Test classes keep
 * their own {@code @Deployment} for runs without the extension (the benchmarks).
 */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.applicationWithAllTests();
    }
}
