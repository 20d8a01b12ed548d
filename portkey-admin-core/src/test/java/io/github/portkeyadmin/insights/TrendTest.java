package io.github.portkeyadmin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendTest {
  @ParameterizedTest(name = "{0} -> {1} cents is {3} ({2}%)")
  @CsvSource({
      "100, 150, 50.0, UP",
      "200, 100, -50.0, DOWN",
      "100, 0, -100.0, DOWN",
      "100, 105, 5.0, STEADY",
      "100, 95, -5.0, STEADY",
      "100, 100, 0.0, STEADY",
      "300, 400, 33.3, UP",
      "0.5, 0.75, 50.0, UP",
  })
  void changeIsSecondHalfOverFirstWithinAFivePercentSteadyBand(
      String first, String second, String percent, TrendDirection direction) {
    Trend trend = Trend.between(new BigDecimal(first), new BigDecimal(second));

    assertThat(trend.changePercent()).hasValueSatisfying(
        change -> assertThat(change).isEqualByComparingTo(percent));
    assertThat(trend.direction()).isEqualTo(direction);
  }

  @Test
  void aChangeJustOutsideTheBandIsUpEvenWhenItRoundsToFivePercent() {
    Trend trend = Trend.between(new BigDecimal("100"), new BigDecimal("105.01"));

    assertThat(trend.changePercent()).contains(new BigDecimal("5.0"));
    assertThat(trend.direction()).isEqualTo(TrendDirection.UP);
  }

  @Test
  void fromZeroIsNewWithoutPercentage() {
    Trend trend = Trend.between(BigDecimal.ZERO, new BigDecimal("10"));

    assertThat(trend.direction()).isEqualTo(TrendDirection.NEW);
    assertThat(trend.changePercent()).isEmpty();
  }

  @Test
  void bothHalvesZeroIsSteadyWithoutPercentage() {
    Trend trend = Trend.between(BigDecimal.ZERO, BigDecimal.ZERO);

    assertThat(trend.direction()).isEqualTo(TrendDirection.STEADY);
    assertThat(trend.changePercent()).isEmpty();
  }

  @Test
  void halvesAreAlsoGivenInDollars() {
    Trend trend = Trend.between(new BigDecimal("12345"), new BigDecimal("50.5"));

    assertThat(trend.firstHalfDollars()).isEqualByComparingTo("123.45");
    assertThat(trend.secondHalfDollars()).isEqualByComparingTo("0.505");
  }

  @Test
  void notEnoughDataHasZeroHalvesAndNoChange() {
    assertThat(Trend.notEnoughData()).isEqualTo(new Trend(BigDecimal.ZERO, BigDecimal.ZERO,
        Optional.empty(), TrendDirection.NOT_ENOUGH_DATA));
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> Trend.between(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessage("firstHalfCents == null");
    assertThatThrownBy(() -> Trend.between(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessage("secondHalfCents == null");
    assertThatThrownBy(() -> new Trend(BigDecimal.ONE, BigDecimal.ONE, Optional.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("direction == null");
  }
}
