package org.hpms.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.hpms.security.Roles;

/** Who is logged in, what the menu may offer them, and logging out. */
@Named
@RequestScoped
public class SessionView {

    public String getUsername() {
        var principal = external().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean isAdmin() {
        return external().isUserInRole(Roles.ADMIN);
    }

    public boolean isMayRegisterPatients() {
        return external().isUserInRole(Roles.RECEPTIONIST) || isAdmin();
    }

    /** Receptionists and administrators may take patient lists out as files. */
    public boolean isMayExportPatients() {
        return isMayRegisterPatients();
    }

    /** Doctors and nurses see and record clinical data; other roles see demographics only. */
    public boolean isClinician() {
        return external().isUserInRole(Roles.DOCTOR) || external().isUserInRole(Roles.NURSE);
    }

    /** The front desk, clinicians and administrators book, check in and see appointments. */
    public boolean isMaySchedule() {
        return isMayRegisterPatients() || isClinician();
    }

    /** Lab technicians and administrators look after the laboratories' parked and unmatched messages. */
    public boolean isMayTendLabMessages() {
        return external().isUserInRole(Roles.LAB_TECH) || isAdmin();
    }

    /** Only doctors diagnose and prescribe. */
    public boolean isMayCollectSpecimens() {
        return external().isUserInRole(Roles.NURSE) || external().isUserInRole(Roles.LAB_TECH);
    }

    /** Billing staff take payments at the cashier desk. */
    public boolean isCashier() {
        return external().isUserInRole(Roles.BILLING);
    }

    public boolean isDoctor() {
        return external().isUserInRole(Roles.DOCTOR);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = external();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
