package io.conversa.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.core.Money;
import io.conversa.receivables.AccountSummary;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How {@code {{saldo}}} reads: the workspace's currency as its customers write it, then other currencies. */
class CannedReplyBalanceTests {

    static AccountSummary owing(Money balance, Money... others) {
        return new AccountSummary(balance, balance, List.of(others), List.of(), null, 0);
    }

    @Test
    void theWorkspaceCurrencyReadsWithTheLocalSymbol() {
        assertThat(ReplyValues.balance(owing(Money.of("45000", "CLP")), Locale.forLanguageTag("es-CL")))
                .isEqualTo("$45.000");
        assertThat(ReplyValues.balance(owing(Money.of("1234.5", "MXN")), Locale.forLanguageTag("es-MX")))
                .isEqualTo("$1,234.50");
        assertThat(ReplyValues.balance(owing(Money.of("0", "CLP")), Locale.forLanguageTag("es-CL")))
                .isEqualTo("$0");
    }

    @Test
    void balancesInOtherCurrenciesFollowWithTheirCode() {
        AccountSummary account = owing(Money.of("45000", "CLP"), Money.of("120.5", "USD"));

        assertThat(ReplyValues.balance(account, Locale.forLanguageTag("es-CL"))).isEqualTo("$45.000 + USD 120,50");
    }
}
