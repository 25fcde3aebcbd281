package org.hpms.shared.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsJdbcTimestampJdbcType;

/**
 * Binds and reads every {@link Instant} (stored as UTC {@code DATETIME(6)}) as the UTC wall-clock
 * {@link LocalDateTime}, instead of Hibernate's default for MySQL and MariaDB: a {@code java.sql.Timestamp}
 * with a UTC {@code Calendar}, for which Connector/J builds a new {@code SimpleDateFormat} on every
 * value bound (a twentieth of the lab consumer's time, measured). The values sent and read are the same
 * text. Registered for Hibernate in {@code META-INF/services/org.hibernate.boot.model.TypeContributor};
 * it replaces the dialect's {@code TIMESTAMP_UTC} type, which Hibernate contributes first.
 */
public final class UtcInstantBinding implements TypeContributor {

    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        typeContributions.contributeJdbcType(AsLocalDateTime.INSTANCE);
    }

    /** Hibernate's {@code TIMESTAMP_UTC} JDBC type, bound and read through {@link LocalDateTime} at UTC. */
    public static final class AsLocalDateTime extends TimestampUtcAsJdbcTimestampJdbcType {

        static final AsLocalDateTime INSTANCE = new AsLocalDateTime();

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                    st.setObject(index, utcWallClock(javaType.unwrap(value, Instant.class, options)));
                }

                @Override
                protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                    st.setObject(name, utcWallClock(javaType.unwrap(value, Instant.class, options)));
                }
            };
        }

        @Override
        public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
            return new BasicExtractor<>(javaType, this) {
                @Override
                protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
                    return javaType.wrap(instantOf(rs.getObject(paramIndex, LocalDateTime.class)), options);
                }

                @Override
                protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
                    return javaType.wrap(instantOf(statement.getObject(index, LocalDateTime.class)), options);
                }

                @Override
                protected X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
                    return javaType.wrap(instantOf(statement.getObject(name, LocalDateTime.class)), options);
                }
            };
        }

        static LocalDateTime utcWallClock(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }

        static Instant instantOf(LocalDateTime utcWallClock) {
            return utcWallClock == null ? null : utcWallClock.toInstant(ZoneOffset.UTC);
        }
    }
}
