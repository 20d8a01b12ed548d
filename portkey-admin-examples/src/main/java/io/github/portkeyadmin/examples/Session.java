package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.testing.Organisation;
import io.github.portkeyadmin.testing.PortkeyTestServer;
import io.github.portkeyadmin.workspaces.Workspace;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an example runs with: the client (for the real API or the demo server), the workspace of
 * analytics calls, the options, the clock, and where output goes. JSON goes to {@link #out()} as
 * one document; notes and progress go to {@link #err()}.
 */
final class Session implements AutoCloseable {
  static final String API_KEY_ENV = PortkeyAdminClient.API_KEY_ENV;
  static final String BASE_URL_ENV = PortkeyAdminClient.BASE_URL_ENV;
  static final String WORKSPACE_ENV = "PORTKEY_WORKSPACE_SLUG";
  private static final int PAGE_SIZE = 50;
  private static final int DEMO_PAGE_SIZE = 5;

  private final PrintStream out;
  private final PrintStream err;
  private final Options options;
  private final Map<String, String> env;
  private final Clock clock;
  private final PortkeyAdminClient client;
  private final @Nullable PortkeyTestServer demo;
  private final boolean unicode;
  private @Nullable String workspaceSlug;
  private @Nullable Map<String, Object> collected;
  private String section = "";

  private Session(Options options, PrintStream out, PrintStream err, Map<String, String> env,
      Clock clock, PortkeyAdminClient client, @Nullable PortkeyTestServer demo) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.env = env;
    this.clock = clock;
    this.client = client;
    this.demo = demo;
    this.unicode = Charset.defaultCharset().newEncoder().canEncode('\u2588');
  }

  /**
   * Connects to Portkey when {@code PORTKEY_API_KEY} is set, else starts the demo server and says
   * so on stderr.
   *
   * @throws IllegalArgumentException if the key or base URL is unusable
   */
  static Session open(Options options, PrintStream out, PrintStream err, Map<String, String> env,
      Clock clock) {
    String key = env.get(API_KEY_ENV);
    if (key == null || key.isBlank()) {
      PortkeyTestServer demo = PortkeyTestServer.start(Organisation.demo().at(clock.instant()));
      err.println("DEMO DATA: " + API_KEY_ENV + " is not set, so this shows the fictional "
          + "organisation \"" + demo.organisation().name() + "\" served by an embedded server at "
          + demo.baseUrl() + ".");
      err.println("           Set " + API_KEY_ENV + " (and " + WORKSPACE_ENV
          + ") to see your own organisation.");
      PortkeyAdminClient client = demo.clientBuilder().maxRetries(0).build();
      return new Session(options, out, err, env, clock, client, demo);
    }
    PortkeyAdminClient.Builder builder = PortkeyAdminClient.builder().apiKey(key);
    Optional.ofNullable(env.get(BASE_URL_ENV)).filter(url -> !url.isBlank())
        .ifPresent(builder::baseUrl);
    return new Session(options, out, err, env, clock, builder.build(), null);
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  Options options() {
    return options;
  }

  Clock clock() {
    return clock;
  }

  PortkeyAdminClient client() {
    return client;
  }

  boolean demo() {
    return demo != null;
  }

  boolean json() {
    return options.json();
  }

  /** An environment variable, or {@code null}. */
  @Nullable String env(String name) {
    return env.get(name);
  }

  boolean unicode() {
    return unicode;
  }

  /** Items per page of listings: {@code --page-size}, else 50 (5 on the demo, to show paging). */
  int pageSize() {
    return options.pageSize().orElse(demo() ? DEMO_PAGE_SIZE : PAGE_SIZE);
  }

  /**
   * The workspace of analytics calls: {@code PORTKEY_WORKSPACE_SLUG}, else the organisation's
   * default workspace.
   *
   * @throws IllegalStateException if it is not set and no default workspace can be found
   */
  String workspaceSlug() {
    if (workspaceSlug == null) {
      workspaceSlug = resolveWorkspace();
    }
    return workspaceSlug;
  }

  /** A query on the workspace over the last {@code days} days. */
  AnalyticsQuery.Builder lastDays(int days) {
    return AnalyticsQuery.builder()
        .workspaceSlug(workspaceSlug())
        .timeRange(TimeRange.lastDays(days, clock));
  }

  /** Every item of a listing, saying on stderr how far it got when there is more than one page. */
  <T> List<T> all(String noun, Page<T> first) {
    List<T> items = new ArrayList<>(first.items());
    Page<T> page = first;
    while (page.hasNextPage()) {
      err.printf("  fetching %s: page %d (%d of %d so far)%n", noun, page.page() + 2, items.size(),
          first.total());
      page = page.nextPage();
      items.addAll(page.items());
    }
    if (page != first) {
      err.printf("  fetched %d %s in %d pages%n", items.size(), noun, page.page() + 1);
    }
    return items;
  }

  /** Prints the value as JSON, or keeps it for the {@link Tour}'s single document. */
  void emit(Object value) {
    if (collected != null) {
      collected.put(section, value);
    } else {
      out.println(Json.write(value));
    }
  }

  /** From now on, {@link #emit} keeps values under the current section until {@link #flush}. */
  void collect() {
    collected = new LinkedHashMap<>();
  }

  void section(String name) {
    section = name;
  }

  /** Prints the kept values as one JSON object. */
  void flush() {
    if (collected != null) {
      out.println(Json.write(collected));
      collected = null;
    }
  }

  @Override
  public void close() {
    client.close();
    if (demo != null) {
      demo.close();
    }
  }

  private String resolveWorkspace() {
    String configured = env.get(WORKSPACE_ENV);
    boolean set = configured != null && !configured.isBlank();
    if (demo()) {
      Organisation organisation = demo.organisation();
      if (set && organisation.hasWorkspace(configured)) {
        return configured;
      }
      if (set) {
        err.println("note: " + configured + " is not a demo workspace; using "
            + organisation.defaultWorkspace());
      }
      return organisation.defaultWorkspace();
    }
    if (set) {
      return configured.strip();
    }
    try {
      for (Workspace workspace : client.workspaces().list().autoPager()) {
        boolean isDefault = workspace.defaultWorkspace()
            .or(() -> workspace.defaults().flatMap(d -> d.defaultWorkspace())).orElse(false);
        if (isDefault && workspace.slug().isPresent()) {
          err.println("note: " + WORKSPACE_ENV + " is not set; using the default workspace "
              + workspace.slug().get());
          return workspace.slug().get();
        }
      }
    } catch (PortkeyApiException e) {
      throw new IllegalStateException(WORKSPACE_ENV + " is not set and the workspaces could not "
          + "be listed to find the default one (" + e.getMessage() + "); set " + WORKSPACE_ENV
          + " to the slug of the workspace to analyse", e);
    }
    throw new IllegalStateException(WORKSPACE_ENV + " is not set and no default workspace was "
        + "found; set it to the slug of the workspace to analyse");
  }
}
