package io.github.portkeyadmin.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A real application start without a key prints Boot's failure report from our analyzer. */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisStartupTest {
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  @Test
  void startingWithoutAKeyPrintsWhichPropertyIsMissing(CapturedOutput output) {
    SpringApplication application = new SpringApplication(App.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThatThrownBy(() -> application.run("--spring.main.banner-mode=off"))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);

    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("The Portkey Admin client needs an API key, but the property"
            + " portkey.admin.api-key is not set.")
        .contains("Set portkey.admin.api-key to an organisation Admin API key");
  }
}
