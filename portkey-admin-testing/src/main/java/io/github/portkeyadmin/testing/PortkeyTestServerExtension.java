package io.github.portkeyadmin.testing;

import io.github.portkeyadmin.PortkeyAdminClient;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a {@link PortkeyTestServer} for each test (the default) or once
 * for a test class, closes it afterwards, and injects into test and lifecycle methods a parameter
 * of type {@link PortkeyTestServer}, {@link PortkeyAdminClient} (the server's {@link
 * PortkeyTestServer#client()}), or a {@code String} annotated {@link PortkeyBaseUrl}.
 *
 * <pre>
 * class BudgetAlertTest {
 *   &#64;RegisterExtension
 *   static PortkeyTestServerExtension portkey = PortkeyTestServerExtension.perTest()
 *       .organisation(Organisation.demo().at(Instant.parse("2026-03-18T10:30:00Z")));
 *
 *   &#64;Test
 *   void alerts(PortkeyAdminClient client) { ... }
 * }
 * </pre>
 *
 * <p>Also usable as {@code @ExtendWith(PortkeyTestServerExtension.class)} or {@link PortkeyTest}:
 * then a fresh server of {@link Organisation#demo()} per test. One extension instance holds one
 * server at a time, so the tests of one class must not run concurrently (JUnit's default).
 */
public final class PortkeyTestServerExtension implements BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final boolean perClass;
  private final Organisation organisation;
  private @Nullable PortkeyTestServer server;

  /** A fresh server of {@link Organisation#demo()} for each test. */
  public PortkeyTestServerExtension() {
    this(false, Organisation.demo());
  }

  private PortkeyTestServerExtension(boolean perClass, Organisation organisation) {
    this.perClass = perClass;
    this.organisation = organisation;
  }

  /**
   * A fresh server for each test, of {@link Organisation#demo()} unless {@link #organisation}
   * says otherwise.
   *
   * @return a new extension
   */
  public static PortkeyTestServerExtension perTest() {
    return new PortkeyTestServerExtension(false, Organisation.demo());
  }

  /**
   * One server for all the tests of a class (register it on a {@code static} field); faults set
   * and requests recorded by one test are seen by the next.
   *
   * @return a new extension
   */
  public static PortkeyTestServerExtension perClass() {
    return new PortkeyTestServerExtension(true, Organisation.demo());
  }

  /**
   * The same extension serving another organisation.
   *
   * @param served the description the servers start with
   * @return a new extension
   */
  public PortkeyTestServerExtension organisation(Organisation served) {
    return new PortkeyTestServerExtension(perClass,
        Objects.requireNonNull(served, "organisation == null"));
  }

  /**
   * The running server, for tests that take it from the field rather than as a parameter.
   *
   * @return the server of the current test or class
   * @throws IllegalStateException outside a test
   */
  public synchronized PortkeyTestServer server() {
    if (server == null) {
      throw new IllegalStateException("no Portkey test server is running: server() is available "
          + "inside tests (and @BeforeEach for perTest, @BeforeAll too for perClass)");
    }
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (perClass) {
      startServer();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (perClass) {
      stopServer();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      startServer();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stopServer();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PortkeyTestServer.class || type == PortkeyAdminClient.class
        || (type == String.class && parameter.isAnnotated(PortkeyBaseUrl.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    PortkeyTestServer running;
    try {
      running = server();
    } catch (IllegalStateException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == PortkeyTestServer.class) {
      return running;
    }
    return type == PortkeyAdminClient.class ? running.client() : running.baseUrl();
  }

  private synchronized void startServer() {
    stopServer();
    server = PortkeyTestServer.start(organisation);
  }

  private synchronized void stopServer() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
