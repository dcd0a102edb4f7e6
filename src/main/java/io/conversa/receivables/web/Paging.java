package io.conversa.receivables.web;

import io.conversa.core.DomainException;

/** Page number and size from a request, within bounds. */
record Paging(int page, int size) {

    static final int MAX_SIZE = 200;

    static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw DomainException.invalid("page", "error.page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw DomainException.invalid("size", "error.size", "size must be between 1 and " + MAX_SIZE, MAX_SIZE);
        }
        return new Paging(p, s);
    }
}
