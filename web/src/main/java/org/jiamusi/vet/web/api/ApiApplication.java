package org.jiamusi.vet.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST under {@code /api}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
