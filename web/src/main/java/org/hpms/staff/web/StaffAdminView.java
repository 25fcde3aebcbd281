package org.hpms.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffAccount;
import org.hpms.staff.application.StaffAccountService;
import org.hpms.staff.domain.StaffAccountException;
import org.hpms.shared.web.Messages;

/** Staff administration: create accounts, change roles, reset passwords, disable and enable. */
@Named
@ViewScoped
public class StaffAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffAccountService accounts;

    private List<StaffAccount> staff;

    private String newUsername;
    private String newFullName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();

    private String selectedUsername;
    private List<String> selectedRoles = new ArrayList<>();
    private String resetPassword;

    @PostConstruct
    void refresh() {
        staff = accounts.list();
    }

    public void create() {
        try {
            accounts.create(newUsername, newFullName, newPassword, newRoles);
            Messages.info("Account " + newUsername.trim().toLowerCase(java.util.Locale.ROOT) + " created");
            newUsername = null;
            newFullName = null;
            newPassword = null;
            newRoles = new ArrayList<>();
            refresh();
        } catch (StaffAccountException e) {
            Messages.error(e.getMessage());
        }
    }

    public void select(StaffAccount account) {
        selectedUsername = account.username();
        selectedRoles = new ArrayList<>(account.roles());
        resetPassword = null;
    }

    public void saveRoles() {
        run(() -> accounts.assignRoles(selectedUsername, selectedRoles), "Roles of " + selectedUsername + " saved");
    }

    public void resetPassword() {
        run(() -> accounts.resetPassword(selectedUsername, resetPassword), "Password of " + selectedUsername + " reset");
        resetPassword = null;
    }

    public void toggleEnabled(StaffAccount account) {
        run(() -> accounts.setEnabled(account.username(), !account.enabled()),
                "Account " + account.username() + (account.enabled() ? " disabled" : " enabled"));
    }

    private void run(Runnable change, String successMessage) {
        try {
            change.run();
            Messages.info(successMessage);
            refresh();
        } catch (StaffAccountException e) {
            Messages.error(e.getMessage());
        }
    }

    public List<String> getAllRoles() {
        return Roles.STAFF;
    }

    public List<StaffAccount> getStaff() {
        return staff;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewFullName() {
        return newFullName;
    }

    public void setNewFullName(String newFullName) {
        this.newFullName = newFullName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getSelectedUsername() {
        return selectedUsername;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
