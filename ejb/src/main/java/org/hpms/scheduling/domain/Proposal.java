package org.hpms.scheduling.domain;

import java.io.Serializable;

/** A proposed doctor and slot, with why it was chosen in words a receptionist can repeat to the patient. */
public record Proposal(String doctor, String doctorName, Slot slot, String reason) implements Serializable {
}
