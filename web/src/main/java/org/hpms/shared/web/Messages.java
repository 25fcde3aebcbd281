package org.hpms.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

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

    /** A service's reasons as one message of the whole page (for rows of a table, which have no form of their own). */
    public static void errors(Map<String, String> reasons) {
        error(String.join("; ", reasons.values()));
    }

    /** An error shown next to one input, identified by its client id. */
    public static void fieldError(String clientId, String summary) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * A service's reasons, each next to its input in the form when the form has one, otherwise as a
     * message of the whole page (a reason about the record rather than a field).
     */
    public static void onFields(String formId, Map<String, String> fieldErrors) {
        FacesContext context = FacesContext.getCurrentInstance();
        fieldErrors.forEach((field, reason) -> {
            if (context.getViewRoot().findComponent(":" + formId + ":" + field) != null) {
                fieldError(formId + ":" + field, reason);
            } else {
                error(reason);
                context.validationFailed();
            }
        });
    }

    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }
}
