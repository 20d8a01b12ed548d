package io.github.portkeyadmin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.UsageLimitType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KeyUsageTest {
  @Test
  void costUsageIsCentsAndDollarsInTheBudgetUnit() {
    KeyUsage usage = KeyUsage.ofCostCents(new BigDecimal("12345"));

    assertThat(usage.type()).isEqualTo(UsageLimitType.COST);
    assertThat(usage.amount()).isEqualByComparingTo("12345");
    assertThat(usage.inBudgetUnit()).isEqualByComparingTo("123.45");
    assertThat(usage.appliesTo(OpenEnum.of(UsageLimitType.COST))).isTrue();
    assertThat(usage.appliesTo(OpenEnum.of(UsageLimitType.TOKENS))).isFalse();
    assertThat(usage.appliesTo(OpenEnum.of(UsageLimitType.class, "credits"))).isFalse();
  }

  @Test
  void tokenUsageIsTokensInBothUnits() {
    KeyUsage usage = KeyUsage.ofTokens(5000);

    assertThat(usage.inBudgetUnit()).isEqualByComparingTo("5000");
    assertThat(usage.appliesTo(OpenEnum.of(UsageLimitType.TOKENS))).isTrue();
  }

  @Test
  void negativeOrUntypedUsageIsRejected() {
    assertThatThrownBy(() -> KeyUsage.ofTokens(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be >= 0, got -1");
    assertThatThrownBy(() -> new KeyUsage(UsageLimitType.UNKNOWN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be COST or TOKENS, not UNKNOWN");
    assertThatThrownBy(() -> KeyUsage.ofCostCents(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new KeyUsage(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
  }
}
