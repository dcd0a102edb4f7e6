package io.conversa.receivables.web;

import io.conversa.core.Money;

/** Money on the wire: the amount as a decimal string (no float rounding) and its ISO currency. */
record MoneyJson(String amount, String currency) {

    static MoneyJson of(Money money) {
        return money == null
                ? null
                : new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
