package io.conversa.receivables.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("customer_tag")
public record CustomerTag(String tag) {}
