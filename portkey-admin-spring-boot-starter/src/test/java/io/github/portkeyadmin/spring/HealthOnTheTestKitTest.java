package io.github.portkeyadmin.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.testing.Fault;
import io.github.portkeyadmin.testing.PortkeyTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicator, auto-configured, against the project's spec-driven fake Portkey. */
class HealthOnTheTestKitTest {
  private final PortkeyTestServer portkey = PortkeyTestServer.start();

  @AfterEach
  void stop() {
    portkey.close();
  }

  private ApplicationContextRunner runner() {
    return Portkey.runner().withPropertyValues(
        "portkey.admin.api-key=" + portkey.apiKey(),
        "portkey.admin.base-url=" + portkey.baseUrl(),
        "portkey.admin.health.enabled=true");
  }

  @Test
  void theKitsOrganisationKeyIsAnAdminKeyAndProbesAreCached() {
    runner().run(context -> {
      PortkeyAdminHealthIndicator indicator = context.getBean(PortkeyAdminHealthIndicator.class);
      Health first = indicator.health();
      Health second = indicator.health();

      assertThat(first.getStatus()).isEqualTo(Status.UP);
      assertThat(first.getDetails()).containsEntry("organisationAdminKey", true);
      assertThat(second).isSameAs(first);
      assertThat(portkey.requests("/admin/workspaces")).hasSize(1);
    });
  }

  @Test
  void aForbiddenAnswerMeansAWorkspaceScopedKey() {
    portkey.failAlways("/admin/workspaces", Fault.forbidden());

    runner().run(context -> {
      Health health = context.getBean(PortkeyAdminHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("organisationAdminKey", false);
    });
  }

  @Test
  void anUnauthorisedAnswerIsDown() {
    portkey.failAlways("/admin/workspaces", Fault.unauthorised());

    runner().run(context -> assertThat(
        context.getBean(PortkeyAdminHealthIndicator.class).health().getStatus())
        .isEqualTo(Status.DOWN));
  }
}
