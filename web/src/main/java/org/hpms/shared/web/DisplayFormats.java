package org.hpms.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How screens write values that Faces has no converter for: {@code #{formats.utc(instant)}}. */
@Named("formats")
@ApplicationScoped
public class DisplayFormats {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** Clinical times in the hospital's time zone (the server's), to the minute. */
    public String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(ZoneId.systemDefault()));
    }
}
