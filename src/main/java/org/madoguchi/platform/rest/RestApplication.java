package org.madoguchi.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All REST resources live under {@code /api}; versioned paths ({@code /api/v1/...}) are on the resources. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Madoguchi API", version = "1",
        description = "Tickets, status and (for agents) the desk's work queue. Errors are RFC 9457 problem details."))
public class RestApplication extends Application {
}
