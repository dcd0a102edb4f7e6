package io.conversa.receivables.web;

import io.conversa.core.ResultPage;
import java.util.List;

/** A page of an API list: {@code items}, {@code page} (from 0), {@code size} and {@code total}. */
record PageJson<T>(List<T> items, int page, int size, long total) {

    static <T> PageJson<T> of(ResultPage<T> page) {
        return new PageJson<>(page.items(), page.page(), page.size(), page.total());
    }
}
