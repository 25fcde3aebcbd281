package org.hpms.billing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hpms.billing.application.BillingReports;
import org.hpms.billing.application.BillingReports.AgingBucket;
import org.hpms.billing.application.BillingReports.CashClosing;
import org.hpms.billing.application.BillingReports.InsurerBalance;
import org.hpms.billing.application.BillingReports.Revenue;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;

/** Billing reports: daily cash closing, revenue by department or doctor (with a chart), receivables aging, insurers' balances. */
@Named
@ViewScoped
public class BillingReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BillingReports reports;

    private LocalDate day = LocalDate.now(HpmsConfiguration.hospitalZone());
    private LocalDate from = day.withDayOfMonth(1);
    private LocalDate until = day;
    private boolean byDoctor;
    private CashClosing closing;
    private List<Revenue> revenue = List.of();
    private List<AgingBucket> aging = List.of();
    private List<InsurerBalance> insurers = List.of();

    public void load() {
        if (closing == null) {
            refresh();
        }
    }

    public void refresh() {
        try {
            closing = reports.cashClosing(day);
            revenue = reports.revenue(from, until, byDoctor);
            aging = reports.receivablesAging(day);
            insurers = reports.insurerOutstanding();
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    /** Chart.js bar chart of the revenue rows, for {@code <p:chart>}. */
    public String getRevenueChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder amounts = Json.createArrayBuilder();
        JsonArrayBuilder insured = Json.createArrayBuilder();
        for (Revenue row : revenue) {
            labels.add(row.name());
            amounts.add(row.amount());
            insured.add(row.insurerShare());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Revenue (" + HpmsConfiguration.currency().getCurrencyCode() + ")")
                                .add("backgroundColor", "#2f6fa3").add("data", amounts))
                        .add(Json.createObjectBuilder().add("label", "of which insurers'").add("backgroundColor", "#9cc3e4").add("data", insured))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("indexAxis", "y"))
                .build().toString();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public boolean isByDoctor() {
        return byDoctor;
    }

    public void setByDoctor(boolean byDoctor) {
        this.byDoctor = byDoctor;
    }

    public CashClosing getClosing() {
        return closing;
    }

    public List<Revenue> getRevenue() {
        return revenue;
    }

    public List<AgingBucket> getAging() {
        return aging;
    }

    public List<InsurerBalance> getInsurers() {
        return insurers;
    }
}
