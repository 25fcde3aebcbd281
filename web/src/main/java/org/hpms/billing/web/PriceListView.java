package org.hpms.billing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hpms.billing.application.PriceList;
import org.hpms.billing.application.PriceListEntry;
import org.hpms.billing.domain.ServiceCategory;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;

/**
 * The price list (chargemaster) for billing staff and administrators: every service with today's price
 * and the next one set; a new price from a date (today or later), a new service, a service retired.
 */
@Named
@ViewScoped
public class PriceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PriceList priceList;

    private List<PriceListEntry> entries;
    private List<PriceListEntry> filtered;
    private String priceCode;
    private BigDecimal priceAmount;
    private LocalDate priceFrom;
    private String newCode;
    private String newName;
    private ServiceCategory newCategory;
    private String newDepartment;
    private BigDecimal newTaxRate = BigDecimal.ZERO;

    public void load() {
        entries = priceList.entries();
        priceFrom = LocalDate.now(HpmsConfiguration.hospitalZone());
    }

    /** Picks a row's service for the new-price form. */
    public void reprice(PriceListEntry entry) {
        priceCode = entry.code();
        priceAmount = entry.price();
    }

    public void setPrice() {
        try {
            priceList.setPrice(priceCode, priceAmount, HpmsConfiguration.currency().getCurrencyCode(), priceFrom);
            Messages.info(priceCode + " costs " + priceAmount.toPlainString() + " " + HpmsConfiguration.currency().getCurrencyCode() + " from " + priceFrom);
            entries = priceList.entries();
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void addService() {
        try {
            priceList.addService(newCode, newName, newCategory, newDepartment, newTaxRate);
            Messages.info("Service " + newCode.strip().toUpperCase(Locale.ROOT) + " added; set its price to bill it");
            priceCode = newCode.strip().toUpperCase(Locale.ROOT);
            newCode = null;
            newName = null;
            entries = priceList.entries();
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void retire(PriceListEntry entry) {
        try {
            priceList.retire(entry.code());
            Messages.info(entry.code() + " is retired: no new charges of it; charges already captured are still billed");
            entries = priceList.entries();
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public List<ServiceCategory> getCategories() {
        return Arrays.stream(ServiceCategory.values()).filter(c -> c != ServiceCategory.ADJUSTMENT).toList();
    }

    public List<PriceListEntry> getEntries() {
        return entries;
    }

    public List<PriceListEntry> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<PriceListEntry> filtered) {
        this.filtered = filtered;
    }

    public String getCurrency() {
        return HpmsConfiguration.currency().getCurrencyCode();
    }

    public String getPriceCode() {
        return priceCode;
    }

    public void setPriceCode(String priceCode) {
        this.priceCode = priceCode;
    }

    public BigDecimal getPriceAmount() {
        return priceAmount;
    }

    public void setPriceAmount(BigDecimal priceAmount) {
        this.priceAmount = priceAmount;
    }

    public LocalDate getPriceFrom() {
        return priceFrom;
    }

    public void setPriceFrom(LocalDate priceFrom) {
        this.priceFrom = priceFrom;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public ServiceCategory getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(ServiceCategory newCategory) {
        this.newCategory = newCategory;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
    }

    public BigDecimal getNewTaxRate() {
        return newTaxRate;
    }

    public void setNewTaxRate(BigDecimal newTaxRate) {
        this.newTaxRate = newTaxRate;
    }
}
