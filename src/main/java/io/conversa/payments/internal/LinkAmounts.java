package io.conversa.payments.internal;

import io.conversa.core.ChatMoney;
import io.conversa.core.DomainException;
import io.conversa.receivables.InvoiceView;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** A link's currency and amount: one currency, a positive amount no larger than owed, in the currency's decimals. */
public final class LinkAmounts {

    private LinkAmounts() {}

    public static String currencyOf(List<InvoiceView> invoices) {
        List<String> currencies =
                invoices.stream().map(InvoiceView::currency).distinct().toList();
        if (currencies.size() > 1) {
            throw DomainException.invalid(
                    "invoiceIds", "payments.error.currencies", "The invoices are in more than one currency");
        }
        return currencies.get(0);
    }

    /** An amount with the currency's decimals (none for CLP, two for MXN or USD). */
    public static BigDecimal scaled(BigDecimal amount, String currency) {
        return amount.setScale(digits(currency), java.math.RoundingMode.HALF_UP);
    }

    /** An amount as people read it in the thread: {@code $150.000} (CLP), {@code $1,250.50} (MXN, USD). */
    public static String display(BigDecimal amount, String currency) {
        return ChatMoney.format(scaled(amount, currency), currency);
    }

    private static int digits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    /** The amount to pay: what the invoices owe, or the partial amount asked for. */
    public static BigDecimal amount(BigDecimal asked, List<InvoiceView> invoices, String currency) {
        BigDecimal owed = invoices.stream().map(InvoiceView::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        int digits = digits(currency);
        if (asked == null) {
            return scaled(owed, currency);
        }
        if (asked.signum() <= 0 || asked.compareTo(owed) > 0) {
            throw DomainException.invalid(
                    "amount", "payments.error.amount", "The amount must be more than 0 and at most " + owed, owed);
        }
        if (asked.stripTrailingZeros().scale() > digits) {
            throw DomainException.invalid(
                    "amount",
                    "payments.error.decimals",
                    currency + " amounts have " + digits + " decimals",
                    currency,
                    digits);
        }
        return asked.setScale(digits, java.math.RoundingMode.UNNECESSARY);
    }
}
