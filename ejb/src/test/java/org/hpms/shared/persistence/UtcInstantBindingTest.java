package org.hpms.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.type.descriptor.java.InstantJavaType;
import org.junit.jupiter.api.Test;

class UtcInstantBindingTest {

    private final UtcInstantBinding.AsLocalDateTime type = UtcInstantBinding.AsLocalDateTime.INSTANCE;

    @Test
    void anInstantIsBoundAsItsUtcWallClockWithItsMicroseconds() throws Exception {
        Map<Integer, Object> bound = new HashMap<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setObject") && args.length == 2) {
                        bound.put((Integer) args[0], args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        type.getBinder(InstantJavaType.INSTANCE).bind(statement, Instant.parse("2026-03-29T01:30:00.123456Z"), 3, null);
        assertEquals(LocalDateTime.parse("2026-03-29T01:30:00.123456"), bound.get(3),
                "UTC wall clock, whatever the JVM's zone (a DST change night in Europe)");
    }

    @Test
    void aStoredUtcWallClockIsReadBackAsTheSameInstantAndNullStaysNull() throws Exception {
        Map<Integer, LocalDateTime> row = new HashMap<>();
        row.put(1, LocalDateTime.parse("2026-10-25T00:59:59.999999"));
        row.put(2, null);
        ResultSet result = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getObject") && args.length == 2 && args[1] == LocalDateTime.class) {
                        return row.get((Integer) args[0]);
                    }
                    if (method.getName().equals("wasNull")) {
                        return false;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertEquals(Instant.parse("2026-10-25T00:59:59.999999Z"), type.getExtractor(InstantJavaType.INSTANCE).extract(result, 1, null));
        assertNull(type.getExtractor(InstantJavaType.INSTANCE).extract(result, 2, null));
    }
}
