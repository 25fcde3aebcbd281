package org.hpms.staff.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.hpms.staff.application.StaffAccountService;
import org.hpms.staff.domain.StaffAccountException;
import org.hpms.shared.web.Messages;

/** Every staff member changes their own password here (the first admin must, after the first login). */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffAccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Messages.fieldError("password:repeatedPassword", "The two new passwords differ");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            Messages.info("Your password has been changed");
        } catch (StaffAccountException e) {
            Messages.error(e.getMessage());
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
