package org.hpms.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Short-hands for putting messages on the page. */
public final class Messages {

    private Messages() {
    }

    public static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary);
    }

    public static void error(String summary) {
        add(null, FacesMessage.SEVERITY_ERROR, summary);
    }

    /** An error shown next to one input, identified by its client id. */
    public static void fieldError(String clientId, String summary) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }
}
