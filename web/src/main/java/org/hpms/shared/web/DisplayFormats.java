package org.hpms.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hpms.shared.config.HpmsConfiguration;

/** How screens write values that Faces has no converter for: {@code #{formats.utc(instant)}}. */
@Named("formats")
@ApplicationScoped
public class DisplayFormats {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** Clinical and appointment times in the hospital's time zone (HPMS_TIMEZONE), to the minute. */
    public String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(HpmsConfiguration.hospitalZone()));
    }

    /** The time of day in the hospital's zone, for lists of one day. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(HpmsConfiguration.hospitalZone()));
    }

    /** The date in the hospital's zone, as links and date parameters carry it. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(HpmsConfiguration.hospitalZone()));
    }
}
