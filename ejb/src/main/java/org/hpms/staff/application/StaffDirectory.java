package org.hpms.staff.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.hpms.security.Roles;

/** Who works here, as other features need to know it (e.g. which doctors can attend a visit). No secrets. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH})
public class StaffDirectory {

    /** A staff member as shown in pick lists. */
    public record Member(String username, String fullName) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** Enabled accounts holding the role, by name. */
    public List<Member> withRole(String role) {
        // Names only, in one query (loading the accounts would also load every account's roles).
        return em.createQuery("SELECT DISTINCT u.username, u.fullName FROM StaffUser u JOIN u.roles r WHERE r = :role"
                        + " AND u.enabled = true ORDER BY u.fullName", Object[].class)
                .setParameter("role", role)
                .getResultStream().map(row -> new Member((String) row[0], (String) row[1])).toList();
    }

    /** The name a staff member goes by, or the username when there is no such account. */
    public String nameOf(String username) {
        return em.createQuery("SELECT u.fullName FROM StaffUser u WHERE u.username = :username", String.class)
                .setParameter("username", username == null ? "" : username).getResultStream().findFirst().orElse(username);
    }

    public boolean isActiveWithRole(String username, String role) {
        return em.createQuery("SELECT COUNT(u) FROM StaffUser u JOIN u.roles r WHERE u.username = :username"
                        + " AND r = :role AND u.enabled = true", Long.class)
                .setParameter("username", username == null ? "" : username.strip())
                .setParameter("role", role)
                .getSingleResult() > 0;
    }
}
