package org.hpms.it.support;

import java.io.File;
import org.hpms.it.identity.ElytronIdentityRunner;
import org.hpms.it.identity.RunAsLabSystem;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * What the container tests deploy: the real EAR exactly as built, plus a library jar with the test
 * classes (visible to every module) and a small EJB module that lets tests act as staff accounts.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        return withTests(ShrinkWrap.create(JavaArchive.class, "hpms-container-tests.jar").addClasses(testClasses)
                .addPackage(Deployments.class.getPackage()));
    }

    /** The EAR with every container test class (the suite's one deployment). */
    public static EnterpriseArchive applicationWithAllTests() {
        return withTests(ShrinkWrap.create(JavaArchive.class, "hpms-container-tests.jar").addPackages(true, "org.hpms.it"));
    }

    private static EnterpriseArchive withTests(JavaArchive tests) {
        EnterpriseArchive ear = application();
        ear.addAsLibrary(tests);
        ear.addAsModule(ShrinkWrap.create(JavaArchive.class, "hpms-test-identity.jar")
                .addClasses(ElytronIdentityRunner.class, RunAsLabSystem.class)
                .addAsManifestResource(new StringAsset("""
                        <jboss:ejb-jar xmlns:jboss="urn:jboss:ejb-jar:4.0" xmlns="https://jakarta.ee/xml/ns/jakartaee"
                                       xmlns:s="urn:security:1.1" version="4.0" impl-version="2.0">
                            <assembly-descriptor>
                                <s:security><ejb-name>*</ejb-name><s:security-domain>hpms</s:security-domain></s:security>
                            </assembly-descriptor>
                        </jboss:ejb-jar>
                        """), "jboss-ejb3.xml"));
        ear.setApplicationXML(new StringAsset("""
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                    <application-name>hpms</application-name>
                    <initialize-in-order>true</initialize-in-order>
                    <module><ejb>hpms-ejb.jar</ejb></module>
                    <module><ejb>hpms-test-identity.jar</ejb></module>
                    <module><web><web-uri>hpms-web.war</web-uri><context-root>/hpms</context-root></web></module>
                    <module><web><web-uri>hpms-api.war</web-uri><context-root>/api</context-root></web></module>
                    <library-directory>lib</library-directory>
                </application>
                """));
        ear.addAsManifestResource(new StringAsset("""
                <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                    <sub-deployment name="hpms-test-identity.jar">
                        <dependencies><module name="org.wildfly.security.elytron"/></dependencies>
                    </sub-deployment>
                </jboss-deployment-structure>
                """), "jboss-deployment-structure.xml");
        return ear;
    }

    /** The EAR exactly as built, for tests that drive it from outside (browser). */
    public static EnterpriseArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "hpms.ear")
                .importFrom(new File(System.getProperty("hpms.ear")))
                .as(EnterpriseArchive.class);
    }
}
