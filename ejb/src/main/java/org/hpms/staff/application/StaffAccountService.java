package org.hpms.staff.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hpms.security.Roles;
import org.hpms.staff.domain.PasswordPolicy;
import org.hpms.staff.domain.StaffAccountException;
import org.hpms.staff.domain.StaffUser;

/** Administration of staff accounts: create, roles, password reset, disable. Admins only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public StaffAccount create(String username, String fullName, String password, Collection<String> roles) {
        String normalisedUsername = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(normalisedUsername).matches()) {
            throw new StaffAccountException("User name must be 3-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            throw new StaffAccountException("Full name is required (at most 200 characters)");
        }
        requireValidRoles(roles);
        PasswordPolicy.problemWith(normalisedUsername, password).ifPresent(problem -> {
            throw new StaffAccountException(problem);
        });
        if (find(normalisedUsername).isPresent()) {
            throw new StaffAccountException("User name '" + normalisedUsername + "' is already taken");
        }
        StaffUser user = new StaffUser(normalisedUsername, fullName.trim(), PasswordHasher.hash(password), roles);
        em.persist(user);
        return StaffAccount.of(user);
    }

    public List<StaffAccount> list() {
        return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class)
                .getResultStream().map(StaffAccount::of).toList();
    }

    public StaffAccount assignRoles(String username, Collection<String> roles) {
        requireValidRoles(roles);
        StaffUser user = existing(username);
        user.replaceRoles(roles);
        return StaffAccount.of(user);
    }

    public void resetPassword(String username, String newPassword) {
        StaffUser user = existing(username);
        PasswordPolicy.problemWith(user.getUsername(), newPassword).ifPresent(problem -> {
            throw new StaffAccountException(problem);
        });
        user.changePassword(PasswordHasher.hash(newPassword));
    }

    public StaffAccount setEnabled(String username, boolean enabled) {
        StaffUser user = existing(username);
        user.setEnabled(enabled);
        return StaffAccount.of(user);
    }

    /**
     * Any staff member changes their own password, proving the current one first. Not limited to
     * admins: this overrides the class-level role for this one method.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = existing(session.getCallerPrincipal().getName());
        if (currentPassword == null || !PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            throw new StaffAccountException("The current password is not correct");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new StaffAccountException("The new password must differ from the current one");
        }
        PasswordPolicy.problemWith(user.getUsername(), newPassword).ifPresent(problem -> {
            throw new StaffAccountException(problem);
        });
        user.changePassword(PasswordHasher.hash(newPassword));
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    private Optional<StaffUser> find(String username) {
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    private StaffUser existing(String username) {
        return find(username).orElseThrow(() -> new StaffAccountException("No staff account '" + username + "'"));
    }

    private static void requireValidRoles(Collection<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new StaffAccountException("Choose at least one role");
        }
        for (String role : roles) {
            if (!Roles.STAFF.contains(role)) {
                throw new StaffAccountException("Unknown role '" + role + "'");
            }
        }
    }
}
