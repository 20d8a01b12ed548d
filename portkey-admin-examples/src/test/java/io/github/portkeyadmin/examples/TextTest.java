package io.github.portkeyadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money, dates, sparklines, tables and options. */
class TextTest {
  @Test
  void dollarsHaveTwoDecimalsAndSeparators() {
    assertThat(Text.dollars(new BigDecimal("1234.565"))).isEqualTo("$1,234.57");
    assertThat(Text.dollars(BigDecimal.ZERO)).isEqualTo("$0.00");
    assertThat(Text.centsAsDollars(new BigDecimal("335536.81"))).isEqualTo("$3,355.37");
    assertThat(Text.cents(new BigDecimal("335536.8100"))).isEqualTo("335,536.81");
  }

  @Test
  void bucketsAreIsoDatesForDaysAndIsoInstantsForHours() {
    Instant midnight = Instant.parse("2026-03-18T00:00:00Z");
    Instant hour = Instant.parse("2026-03-18T10:00:00Z");

    assertThat(Text.daily(List.of(midnight))).isTrue();
    assertThat(Text.daily(List.of(midnight, hour))).isFalse();
    assertThat(Text.bucket(midnight, true)).isEqualTo("2026-03-18");
    assertThat(Text.bucket(hour, false)).isEqualTo("2026-03-18T10:00:00Z");
  }

  @Test
  void sparklinesScaleFromMinimumToMaximum() {
    assertThat(Text.sparkline(List.of(0, 6, 14), true)).isEqualTo("\u2581\u2584\u2588");
    assertThat(Text.sparkline(List.of(0, 6, 14), false)).isEqualTo("_-#");
    assertThat(Text.sparkline(List.of(5, 5, 5), true)).isEqualTo("\u2581\u2581\u2581");
    assertThat(Text.sparkline(List.of(), true)).isEmpty();
  }

  @Test
  void longSeriesArePooledKeepingTheSpike() {
    List<Integer> values = new ArrayList<>(Collections.nCopies(169, 1));
    values.set(100, 50);

    String line = Text.sparkline(values, true);

    assertThat(line).hasSize(Text.SPARKLINE_WIDTH);
    assertThat(line.chars().filter(c -> c == '\u2588').count()).isEqualTo(1);
  }

  @Test
  void wholeBucketsLeaveOutThePartialEnds() {
    assertThat(Text.whole(List.of(1, 2, 3, 4))).containsExactly(2, 3);
    assertThat(Text.whole(List.of(1, 2))).containsExactly(1, 2);
  }

  @Test
  void tablesAlignTextLeftAndNumbersRight() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Table.of("Model", "Spend").right(1).indent(1)
        .row("gpt-4o", "$1,571.06").row("o3-mini", null)
        .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
        " Model        Spend",
        " -------  ---------",
        " gpt-4o   $1,571.06",
        " o3-mini          -",
        ""));
    assertThatThrownBy(() -> Table.of("a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsAreParsed() {
    Options options = Options.parse(SpendTrends.ABOUT, "--json", "--svg", "out.svg",
        "--page-size", "7", "--days", "14", "--workspace", "ws-data", "--out", "o.json");

    assertThat(options.json()).isTrue();
    assertThat(options.svg()).hasValueSatisfying(p -> assertThat(p).hasFileName("out.svg"));
    assertThat(options.pageSize()).hasValue(7);
    assertThat(options.days()).hasValue(14);
    assertThat(options.workspace()).hasValue("ws-data");
    assertThat(options.out()).hasValueSatisfying(p -> assertThat(p).hasFileName("o.json"));
    assertThat(Options.parse(Tour.ABOUT).json()).isFalse();
    assertThatThrownBy(() -> Options.parse(Tour.ABOUT, "--days", "3"))
        .hasMessage("--days is not an option of Tour");
    assertThatThrownBy(() -> Options.parse(Tour.ABOUT, "--page-size", "x"))
        .hasMessageContaining("got x");
  }
}
