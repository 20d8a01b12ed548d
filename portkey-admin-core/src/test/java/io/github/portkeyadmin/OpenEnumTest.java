package io.github.portkeyadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.logexports.LogExportStatus;
import io.github.portkeyadmin.virtualkeys.VirtualKeyStatus;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
  private enum NoUnknown { A }

  @Test
  void knownWireValueMapsToItsConstant() {
    OpenEnum<LogExportStatus> status = OpenEnum.of(LogExportStatus.class, "in_progress");

    assertThat(status.value()).isEqualTo(LogExportStatus.IN_PROGRESS);
    assertThat(status.is(LogExportStatus.IN_PROGRESS)).isTrue();
    assertThat(status.isKnown()).isTrue();
    assertThat(status).hasToString("in_progress");
  }

  @Test
  void newServerValueBecomesUnknownKeepingTheRawString() {
    OpenEnum<LogExportStatus> status = OpenEnum.of(LogExportStatus.class, "queued");

    assertThat(status.value()).isEqualTo(LogExportStatus.UNKNOWN);
    assertThat(status.raw()).isEqualTo("queued");
    assertThat(status.isKnown()).isFalse();
    assertThat(status).hasToString("UNKNOWN(queued)");
  }

  @Test
  void theWordUnknownFromTheServerIsNotTakenForAKnownValue() {
    assertThat(OpenEnum.of(VirtualKeyStatus.class, "unknown").isKnown()).isFalse();
  }

  @Test
  void absentIsUnknownWithEmptyRaw() {
    OpenEnum<VirtualKeyStatus> absent = OpenEnum.absent(VirtualKeyStatus.class);

    assertThat(absent.value()).isEqualTo(VirtualKeyStatus.UNKNOWN);
    assertThat(absent.raw()).isEmpty();
  }

  @Test
  void wrappingAConstantUsesItsLowerCaseWireName() {
    assertThat(OpenEnum.of(VirtualKeyStatus.EXHAUSTED))
        .isEqualTo(OpenEnum.of(VirtualKeyStatus.class, "exhausted"))
        .hasSameHashCodeAs(OpenEnum.of(VirtualKeyStatus.class, "exhausted"))
        .isNotEqualTo(OpenEnum.of(VirtualKeyStatus.ACTIVE));
  }

  @Test
  void enumWithoutUnknownConstantIsAProgrammingError() {
    assertThatThrownBy(() -> OpenEnum.of(NoUnknown.class, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must declare a constant UNKNOWN");
  }
}
