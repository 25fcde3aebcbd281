package org.hpms.billing.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hpms.billing.domain.ChargeSourceType;
import org.hpms.billing.domain.RenderedService;
import org.hpms.billing.domain.ServiceCancelled;
import org.hpms.billing.domain.ServiceRendered;
import org.hpms.lab.domain.LabOrdersResulted;
import org.hpms.scheduling.domain.AppointmentCompleted;

/**
 * Turns other features' events into charges, in the transaction that fired them: a completed visit is
 * a consultation of its specialization and visit type (CONS-CARDIOLOGY-NEW), a lab order that turned
 * final is its test's price code; procedures and the nights of an admission come as {@link ServiceRendered},
 * and a cancelled source as {@link ServiceCancelled}, which reverses its charge.
 */
@ApplicationScoped
public class ChargeSources {

    @EJB
    ChargeCapture capture;

    void appointmentCompleted(@Observes AppointmentCompleted visit) {
        capture.capture(visit.mrn(), new RenderedService(ChargeSourceType.APPOINTMENT, visit.appointmentId(),
                "CONS-" + visit.specialization() + "-" + visit.visitType().name(), null, 1, null, null, visit.doctor(),
                visit.completedAt(), null));
    }

    void serviceRendered(@Observes ServiceRendered service) {
        capture.capture(service.mrn(), new RenderedService(service.sourceType(), service.sourceRef(), service.serviceCode(), null,
                service.quantity(), null, service.department(), service.doctor(), service.renderedAt(), null));
    }

    void serviceCancelled(@Observes ServiceCancelled cancelled) {
        capture.reverseSource(cancelled.sourceType(), cancelled.sourceRef(), cancelled.reason());
    }

    void labOrdersResulted(@Observes LabOrdersResulted resulted) {
        capture.captureAll(resulted.orders().stream().map(order -> new ChargeCapture.ForPatient(order.patientId(),
                new RenderedService(ChargeSourceType.LAB_ORDER, order.placerOrderNumber(), order.priceCode(), null, 1, null, null, null,
                        order.resultedAt(), null))).toList());
    }
}
