package org.hpms.scheduling.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hpms.scheduling.domain.Notification;
import org.hpms.scheduling.domain.NotificationStatus;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Every poll interval ({@code HPMS_NOTIFICATION_POLL_SECONDS}), hands the due notifications to the
 * Notifications JMS queue, in the same transaction that marks them queued (the messages leave only
 * if that commits). Delivery itself is {@code NotificationConsumer}'s, one message at a time.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationDispatcher {

    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/Notifications")
    Queue notifications;

    @PostConstruct
    void startPolling() {
        long interval = HpmsConfiguration.notificationPollSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("notification-dispatch", false));
    }

    @Timeout
    @PermitAll
    void poll() {
        dispatchDue(Instant.now());
    }

    /**
     * Queues the notifications due by {@code now} (at most {@value #BATCH} a round), and again those queued
     * long ago but never delivered (their message ended on the dead-letter queue; delivery ignores
     * duplicates). Returns how many were queued.
     */
    public int dispatchDue(Instant now) {
        Instant lostBefore = now.minus(Duration.ofSeconds(Math.max(15 * 60, 10L * HpmsConfiguration.notificationPollSeconds())));
        List<Notification> due = em.createQuery("SELECT n FROM Notification n WHERE (n.status = :pending AND n.dueAt <= :now)"
                        + " OR (n.status = :queued AND n.updatedAt < :lostBefore) ORDER BY n.dueAt", Notification.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("now", now)
                .setParameter("queued", NotificationStatus.QUEUED).setParameter("lostBefore", lostBefore)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(BATCH).getResultList();
        for (Notification notification : due) {
            notification.queued(now);
            jms.createProducer().send(notifications, notification.getId());
        }
        return due.size();
    }
}
