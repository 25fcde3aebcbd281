package org.hpms.scheduling.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * What scheduling knows of a doctor (a staff account with the DOCTOR role): specializations,
 * department, consultation lengths, daily capacity and languages. Its row is the lock that
 * serialises bookings of this doctor.
 */
@Entity
@Table(name = "doctor_profile")
@NamedQuery(name = DoctorProfile.BY_USERNAME, query = "SELECT d FROM DoctorProfile d WHERE d.username = :username")
@NamedQuery(name = DoctorProfile.PRACTISING, query = "SELECT DISTINCT d FROM DoctorProfile d JOIN d.specializations s"
        + " WHERE s = :code AND d.active = true ORDER BY d.username")
public class DoctorProfile extends AuditedEntity {

    /** The one lookup of a doctor's profile by staff user name; parameter {@code username}. */
    public static final String BY_USERNAME = "DoctorProfile.byUsername";

    /** Active doctors of a specialization, by username; parameter {@code code}. */
    public static final String PRACTISING = "DoctorProfile.practising";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_username", nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Column(name = "department", nullable = false, length = 60)
    private String department;

    @Column(name = "new_visit_minutes", nullable = false)
    private int newVisitMinutes;

    @Column(name = "follow_up_minutes", nullable = false)
    private int followUpMinutes;

    @Column(name = "daily_capacity", nullable = false)
    private int dailyCapacity;

    /** Comma-separated, lower case ("bengali,english"). */
    @Column(name = "languages", nullable = false, length = 200)
    private String languages;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Advanced by each booking of the doctor (SQL, under the row lock); see {@link DoctorTerms} and V16. */
    @Column(name = "calendar_version", nullable = false, insertable = false, updatable = false)
    private long calendarVersion;

    @ElementCollection(fetch = FetchType.LAZY) // loaded when asked for: assignment reads 50 profiles without them
    @CollectionTable(name = "doctor_specialization", joinColumns = @JoinColumn(name = "doctor_id"))
    @Column(name = "specialization_code", nullable = false, length = 40)
    private Set<String> specializations = new TreeSet<>();

    protected DoctorProfile() {
    }

    public DoctorProfile(String username) {
        this.username = username;
    }

    public void describe(String department, int newVisitMinutes, int followUpMinutes, int dailyCapacity,
                         Collection<String> languages, Collection<String> specializations) {
        this.department = department.strip();
        this.newVisitMinutes = newVisitMinutes;
        this.followUpMinutes = followUpMinutes;
        this.dailyCapacity = dailyCapacity;
        this.languages = String.join(",", languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> !l.isEmpty()).sorted().distinct().toList());
        this.specializations.clear();
        this.specializations.addAll(specializations);
    }

    public int minutesFor(VisitType visitType) {
        return terms().minutesFor(visitType);
    }

    public boolean speaks(String language) {
        return terms().speaks(language);
    }

    /** The profile's own values (not its specializations), to be kept and read outside the persistence context. */
    public DoctorTerms terms() {
        return new DoctorTerms(id, username, department, newVisitMinutes, followUpMinutes, dailyCapacity, languages, active);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDepartment() {
        return department;
    }

    public int getNewVisitMinutes() {
        return newVisitMinutes;
    }

    public int getFollowUpMinutes() {
        return followUpMinutes;
    }

    public int getDailyCapacity() {
        return dailyCapacity;
    }

    public String getLanguages() {
        return languages;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getSpecializations() {
        return Set.copyOf(specializations);
    }
}
