package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.hpms.lab.application.LabResultsInbox;
import org.hpms.security.Roles;

/**
 * The alert a doctor sees on every screen while critical results of theirs wait for sign-off: the
 * count is read once per request (one indexed COUNT), only for doctors.
 */
@Named
@RequestScoped
public class CriticalResultsAlert {

    @EJB
    LabResultsInbox inbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.DOCTOR) ? inbox.criticalCount() : 0L;
        }
        return count;
    }
}
