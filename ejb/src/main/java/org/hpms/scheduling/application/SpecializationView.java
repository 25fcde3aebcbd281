package org.hpms.scheduling.application;

import java.io.Serializable;

/** An entry of the managed list of specializations. */
public record SpecializationView(String code, String name, boolean retired) implements Serializable {
}
