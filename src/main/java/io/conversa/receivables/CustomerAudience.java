package io.conversa.receivables;

import java.math.BigDecimal;

/**
 * Customers chosen for a bulk send by their receivables data (each filter optional, all apply): the oldest unpaid
 * invoice overdue more than {@code minDaysOverdue} days, an open balance of at least {@code minBalance} (workspace
 * currency), a tag, and the phone's country (ISO code such as CL or MX). Only customers with a phone are chosen.
 */
public record CustomerAudience(Integer minDaysOverdue, BigDecimal minBalance, String tag, String country) {}
