package org.madoguchi.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.madoguchi.platform.config.Settings;

/** Times as the desk reads them: in its own time zone, to the minute. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    Settings settings;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(settings.zone()));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(settings.zone()));
    }
}
