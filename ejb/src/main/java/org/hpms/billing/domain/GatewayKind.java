package org.hpms.billing.domain;

/** The channels money comes in through. */
public enum GatewayKind {
    CASH("Cash at the counter"), CARD("Card"), MOBILE("Mobile money"), INSURANCE("Insurance claim");

    private final String label;

    GatewayKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
