/**
 * Laboratory integration: result messages that laboratory systems post (HL7 v2 ORU^R01, versions
 * 2.3 to 2.5.1) read into {@link org.hpms.lab.domain.LabResultMessage}, and messages that cannot be
 * read rejected with a reason that says what is wrong ({@link org.hpms.lab.domain.MalformedLabMessageException}).
 */
package org.hpms.lab;
