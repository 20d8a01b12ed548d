package io.github.portkeyadmin.spring.readme;

import io.github.portkeyadmin.events.CallListener;
import io.github.portkeyadmin.events.CallRetrying;
import io.github.portkeyadmin.spring.PortkeyAdminClientCustomizer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The README's Spring Boot block, verbatim; the core's ReadmeSnippetsTest checks that the README
 * still shows exactly this code.
 */
@Configuration(proxyBeanMethods = false)
class StarterSnippets {
  @Bean
  PortkeyAdminClientCustomizer corporateTrust(SSLContext corpContext, X509TrustManager corpTrust) {
    return builder -> builder.sslContext(corpContext, corpTrust);   // what no property covers
  }

  @Bean
  CallListener retryAlarm() {                    // every CallListener bean is added to the client
    return new CallListener() {
      @Override
      public void callRetrying(CallRetrying e) {
        System.err.println(e.operation() + " retrying after " + e.delay() + ": " + e.reason());
      }
    };
  }
}
