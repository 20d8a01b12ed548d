package io.github.portkeyadmin.spring;

import static io.github.portkeyadmin.spring.Portkey.API_KEY;
import static io.github.portkeyadmin.spring.Portkey.EMPTY_LIST;
import static io.github.portkeyadmin.spring.Portkey.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;

/** One client bean, backing off for the application's own, customizable, closed with the context. */
class PortkeyAdminAutoConfigurationTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void anApplicationsOwnClientMakesTheAutoConfigurationBackOff() {
    PortkeyAdminClient own = PortkeyAdminClient.builder().apiKey("pk-own").build();
    Portkey.runner()
        .withBean("myClient", PortkeyAdminClient.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(PortkeyAdminClient.class);
          assertThat(context.getBean(PortkeyAdminClient.class)).isSameAs(own);
          assertThat(context).doesNotHaveBean("portkeyAdminClient");
        });
  }

  @Test
  void withoutTheCoreOnTheClasspathNothingIsConfigured() {
    Portkey.runner().withClassLoader(new FilteredClassLoader(PortkeyAdminClient.class))
        .run(context -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(PortkeyAdminProperties.class));
  }

  @Test
  void customizersRunAfterTheProperties() throws Exception {
    server.enqueue(json(EMPTY_LIST));
    Portkey.runner()
        .withPropertyValues("portkey.admin.base-url=" + server.url("/v1/"))
        .withBean(PortkeyAdminClientCustomizer.class,
            () -> builder -> builder.apiKey("pk-from-vault").defaultHeader("x-cost-centre", "42"))
        .run(context -> context.getBean(PortkeyAdminClient.class).logExports().list());
    var request = server.takeRequest();
    assertThat(request.getHeaders().get("x-portkey-api-key")).isEqualTo("pk-from-vault");
    assertThat(request.getHeaders().get("x-cost-centre")).isEqualTo("42");
  }

  @Test
  void theClientIsClosedWithTheContext() {
    AtomicReference<PortkeyAdminClient> client = new AtomicReference<>();
    Portkey.runner(server).run(context -> client.set(context.getBean(PortkeyAdminClient.class)));

    assertThatThrownBy(() -> client.get().logExports().listAsync().join())
        .isInstanceOfAny(IllegalStateException.class, CompletionException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aMissingKeyFailsStartUpNamingTheProperty() {
    Portkey.runner().run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      FailureAnalysis analysis = new MissingApiKeyFailureAnalyzer().analyze(failure);
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).isEqualTo("The Portkey Admin client needs an API key,"
          + " but the property portkey.admin.api-key is not set.");
      assertThat(analysis.getAction()).contains("portkey.admin.api-key")
          .contains("PORTKEY_ADMIN_API_KEY").contains("define a PortkeyAdminClient bean");
    });
  }

  @Test
  void aBlankKeyIsReportedAsBlank() {
    Portkey.runner().withPropertyValues("portkey.admin.api-key=  ").run(context -> {
      FailureAnalysis analysis =
          new MissingApiKeyFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).endsWith("portkey.admin.api-key is blank.");
    });
  }

  @Test
  void otherConfigurationErrorsAreNotBlamedOnTheKey() {
    Portkey.runner().withPropertyValues("portkey.admin.api-key=" + API_KEY,
        "portkey.admin.base-url=nonsense").run(context -> {
          assertThat(context).hasFailed();
          assertThat(new MissingApiKeyFailureAnalyzer().analyze(context.getStartupFailure()))
              .isNull();
          assertThat(context.getStartupFailure()).rootCause().hasMessageNotContaining(API_KEY);
        });
  }

  @Test
  void metricsNeedARegistryAndCanBeTurnedOff() {
    Portkey.runner(server).run(context ->
        assertThat(context).doesNotHaveBean(MicrometerCallListener.class));
    Portkey.runner(server).withBean(SimpleMeterRegistry.class).run(context ->
        assertThat(context).hasSingleBean(MicrometerCallListener.class));
    Portkey.runner(server).withBean(SimpleMeterRegistry.class)
        .withPropertyValues("portkey.admin.metrics.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(MicrometerCallListener.class));
  }

  @Test
  void theHealthIndicatorIsOffUntilEnabled() {
    Portkey.runner(server).run(context ->
        assertThat(context).doesNotHaveBean(PortkeyAdminHealthIndicator.class));
    Portkey.runner(server).withPropertyValues("portkey.admin.health.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(PortkeyAdminHealthIndicator.class));
  }
}
