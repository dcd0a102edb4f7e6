package io.conversa.receivables.internal;

import io.conversa.core.ResultPage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Offset paging over one table of a workspace with optional equality filters: a count and a page of ids, then
 * the aggregates loaded by id and kept in page order. Table and column names come from code, never from input.
 */
@Component
public class IdPages {

    private final JdbcClient jdbc;

    IdPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public <T> ResultPage<T> page(
            String table,
            Map<String, Object> equalities,
            String orderBy,
            int page,
            int size,
            Function<List<UUID>, List<T>> loader,
            Function<T, UUID> idOf) {
        Map<String, Object> filters = new LinkedHashMap<>();
        equalities.forEach((column, value) -> {
            if (value != null) {
                filters.put(column, value);
            }
        });
        String where = filters.isEmpty()
                ? ""
                : " WHERE "
                        + String.join(
                                " AND ",
                                filters.keySet().stream()
                                        .map(c -> c + " = :" + c)
                                        .toList());
        long total = jdbc.sql("SELECT COUNT(*) FROM " + table + where)
                .params(filters)
                .query(Long.class)
                .single();
        List<UUID> ids = jdbc.sql("SELECT id FROM " + table + where + " ORDER BY " + orderBy
                        + " LIMIT :pageLimit OFFSET :pageOffset")
                .params(filters)
                .param("pageLimit", size)
                .param("pageOffset", (long) page * size)
                .query(UUID.class)
                .list();
        List<T> items = loader.apply(ids).stream()
                .sorted(Comparator.comparing(item -> ids.indexOf(idOf.apply(item))))
                .toList();
        return new ResultPage<>(items, page, size, total);
    }
}
