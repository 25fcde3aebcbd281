package org.hpms.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1: {@code /api/v1/...}. A breaking change gets a new version path. */
@ApplicationPath("/v1")
public class ApiApplication extends Application {
}
