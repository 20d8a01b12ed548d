package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.PortkeyAdminClient;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension's lifecycle and parameters. */
class ExtensionTest {
  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerTest {
    @RegisterExtension
    final PortkeyTestServerExtension portkey = PortkeyTestServerExtension.perTest()
        .organisation(Organisation.demo().at(Instant.parse("2026-03-18T10:30:00Z")));

    @Test
    @Order(1)
    void injectsTheClientTheServerAndTheBaseUrl(PortkeyAdminClient client,
        PortkeyTestServer server, @PortkeyBaseUrl String baseUrl) {
      assertThat(client).isSameAs(server.client());
      assertThat(baseUrl).isEqualTo(server.baseUrl()).isEqualTo(portkey.server().baseUrl());
      assertThat(client.workspaces().list().total()).isEqualTo(6);
      server.failAlways("*", Fault.serverError(500));
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshServer(PortkeyTestServer server) {
      assertThat(server.requests()).isEmpty();
      assertThat(server.client().workspaces().list().total()).isEqualTo(6);
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {
    @RegisterExtension
    static final PortkeyTestServerExtension PORTKEY = PortkeyTestServerExtension.perClass();

    @Test
    @Order(1)
    void first(PortkeyAdminClient client) {
      client.logExports().list();
    }

    @Test
    @Order(2)
    void secondSeesTheSameServer(PortkeyTestServer server) {
      assertThat(server.requests("/logs/exports")).hasSize(1);
      assertThat(server).isSameAs(PORTKEY.server());
    }
  }

  @Nested
  @PortkeyTest
  class Annotated {
    @Test
    void servesTheDemoOrganisation(PortkeyTestServer server) {
      assertThat(server.organisation().name()).isEqualTo("Acme Robotics");
      assertThat(server.client().virtualKeys().list().total()).isEqualTo(12);
    }
  }
}
