package io.github.portkeyadmin.mcp.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives whole MCP sessions against the server's process over stdio, with the JDK only, so it
 * runs as a source file: {@code java SessionDriver.java ...}. One session: spawn, {@code
 * initialize}, {@code tools/list}, then every tool once; it records the time from spawn to the
 * {@code initialize} answer and to the first tool result, the size of {@code tools/list}, and the
 * peak RSS (VmHWM) of the server before stdin is closed.
 *
 * <pre>
 * java SessionDriver.java train JAR ARCHIVE        # one --demo session writing an AppCDS archive
 * java SessionDriver.java measure RUNS JAR ARCHIVE # every launch variant, RUNS sessions each
 * java SessionDriver.java session JAR FLAGS...     # one --demo session with these JVM flags
 * </pre>
 *
 * <p>Not a test: timings are machine-dependent and go to BENCHMARKS.md, as medians.
 */
public final class SessionDriver {
  private static final Pattern RESPONSE_ID = Pattern.compile("^\\{\"jsonrpc\":\"2.0\",\"id\":(\\d+)");
  private static final String[] TOOLS = {"get_cost_analytics", "get_request_analytics",
      "get_token_analytics", "get_user_analytics_summary", "get_model_analytics_summary",
      "list_workspaces", "list_virtual_keys", "list_log_exports", "summarize_spend_by_model",
      "detect_usage_spikes", "check_virtual_key_health"};

  private SessionDriver() {}

  /** One session's figures. */
  record Session(double initializeSeconds, double firstResultSeconds, double allToolsSeconds,
      long peakRssKb, int toolsListBytes) {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("train")) {
      Session session = run(List.of(java(), "-XX:ArchiveClassesAtExit=" + args[2],
          "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", args[1], "--demo"), Map.of());
      System.err.printf(Locale.ROOT, "archive %s written after a session of %d tools (%.2f s)%n",
          args[2], TOOLS.length, session.allToolsSeconds());
      return;
    }
    if (args.length >= 2 && args[0].equals("session")) {
      List<String> flags = Arrays.asList(args).subList(2, args.length);
      Session session = run(command(flags, args[1], "--demo"), Map.of());
      System.out.println(session + " load " + load());
      return;
    }
    if (args.length == 4 && args[0].equals("measure")) {
      measure(Integer.parseInt(args[1]), args[2], args[3]);
      return;
    }
    System.err.println("usage: java SessionDriver.java train JAR ARCHIVE"
        + " | measure RUNS JAR ARCHIVE | session JAR [JVM-FLAGS...]");
    System.exit(2);
  }

  private static void measure(int runs, String jar, String archive) throws Exception {
    List<String> c1 = List.of("-XX:TieredStopAtLevel=1");
    List<String> memory = List.of("-XX:+UseSerialGC", "-Xmx64m");
    List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:disable",
        "-Xlog:all=warning:stderr");
    Map<String, List<String>> variants = new java.util.LinkedHashMap<>();
    variants.put("plain `java -jar`", List.of());
    variants.put("AppCDS archive only", cds);
    variants.put("C1 only (TieredStopAtLevel=1)", c1);
    variants.put("SerialGC + Xmx64m only", memory);
    variants.put("C1 + SerialGC + Xmx64m, no archive", concat(c1, memory));
    variants.put("documented: archive + C1 + SerialGC + Xmx64m", concat(cds, concat(c1, memory)));
    System.out.printf(Locale.ROOT, "%d interleaved rounds of every variant; median (min-max); 1-min load %s%n",
        runs, load());
    System.out.println("| mode | launch | spawn to initialize (s) | spawn to first tool result (s)"
        + " | all 11 tools (s) | peak RSS (MB) | tools/list (bytes) |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    // Interleaved: round r runs every variant once, so a change of load hits all of them alike.
    Map<String, List<Session>> results = new java.util.LinkedHashMap<>();
    try (Backend backend = Backend.start()) {
      for (int round = 0; round < runs; round++) {
        for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
          results.computeIfAbsent("demo | " + variant.getKey(), k -> new ArrayList<>())
              .add(run(command(variant.getValue(), jar, "--demo"), Map.of()));
          results.computeIfAbsent("api | " + variant.getKey(), k -> new ArrayList<>())
              .add(run(command(variant.getValue(), jar), backend.env()));
        }
      }
    }
    results.forEach((label, sessions) -> System.out.printf(Locale.ROOT,
        "| %s | %s | %s | %s | %s | %d |%n", label,
        stat(sessions, Session::initializeSeconds), stat(sessions, Session::firstResultSeconds),
        stat(sessions, Session::allToolsSeconds), stat(sessions, s -> s.peakRssKb() / 1024.0),
        sessions.get(0).toolsListBytes()));
    System.out.println("1-min load after: " + load());
  }

  private static String stat(List<Session> sessions,
      java.util.function.ToDoubleFunction<Session> figure) {
    double[] values = sessions.stream().mapToDouble(figure).sorted().toArray();
    double median = values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median, values[0],
        values[values.length - 1]);
  }

  /** One whole session; fails loudly on a protocol error or an isError result. */
  static Session run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    OutputStream in = process.getOutputStream();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
        + "\"clientInfo\":{\"name\":\"session-driver\",\"version\":\"1\"}}}");
    await(out, 1);
    double initialize = seconds(start);
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
    int listBytes = await(out, 2).getBytes(StandardCharsets.UTF_8).length;
    double first = 0;
    for (int i = 0; i < TOOLS.length; i++) {
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":" + (i + 3) + ",\"method\":\"tools/call\","
          + "\"params\":{\"name\":\"" + TOOLS[i] + "\",\"arguments\":{}}}");
      String answer = await(out, i + 3);
      if (answer.contains("\"isError\":true")) {
        throw new IllegalStateException(TOOLS[i] + " failed: " + answer);
      }
      if (i == 0) {
        first = seconds(start);
      }
    }
    double all = seconds(start);
    long rss = peakRssKb(process.pid());
    in.close();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not exit after stdin closed");
    }
    return new Session(initialize, first, all, rss, listBytes);
  }

  private static void send(OutputStream in, String line) throws IOException {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  private static String await(BufferedReader out, int id) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher matcher = RESPONSE_ID.matcher(line);
      if (matcher.find() && Integer.parseInt(matcher.group(1)) == id) {
        if (line.contains("\"error\":{")) {
          throw new IllegalStateException("protocol error: " + line);
        }
        return line;
      }
    }
    throw new IllegalStateException("the server closed stdout before answering " + id);
  }

  private static long peakRssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> command(List<String> flags, String jar, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(flags);
    command.add("-jar");
    command.add(jar);
    command.addAll(Arrays.asList(args));
    return command;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return Collections.unmodifiableList(all);
  }

  /**
   * A loopback stand-in for the Admin API with empty answers of the right shapes, so the
   * non-demo server makes real HTTP calls without the demo fake inside its own process.
   */
  private static final class Backend implements AutoCloseable {
    private final HttpServer server;

    private Backend(HttpServer server) {
      this.server = server;
    }

    static Backend start() throws IOException {
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/v1/", exchange -> {
        String path = exchange.getRequestURI().getPath();
        String body = path.contains("/graphs/")
            ? "{\"summary\":{\"total\":0},\"data_points\":[],\"object\":\"analytics-graph\"}"
            : "{\"object\":\"list\",\"total\":0,\"data\":[]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
      });
      server.start();
      return new Backend(server);
    }

    Map<String, String> env() {
      Map<String, String> env = new HashMap<>();
      env.put("PORTKEY_API_KEY", "pk-bench-not-a-key");
      env.put("PORTKEY_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
      env.put("PORTKEY_WORKSPACE_SLUG", "ws-bench");
      return env;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
