package io.conversa.inbox.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * A statement PostgreSQL plans for its parameters at every execution, never from a cached generic plan. The driver
 * prepares a statement on the server after a few executions, and PostgreSQL then may keep one generic plan for it;
 * made while a table was nearly empty, that plan can scan the whole table long after it has grown (until autovacuum
 * analyzes it). Worth it for a statement run once per batch, whose planning is a small part of its work. Other databases
 * run it as usual.
 */
final class FreshPlan {

    private FreshPlan() {}

    /** {@code sql} with its parameters; an array parameter ({@code Object[]}) is sent as a SQL array. */
    static PreparedStatementCreator of(String sql, Object... parameters) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Object[] values) {
                    Array array = connection.createArrayOf(arrayType(values), values);
                    statement.setArray(i + 1, array);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement;
        };
    }

    private static String arrayType(Object[] values) {
        return values instanceof java.util.UUID[] ? "uuid" : "varchar";
    }
}
