package io.github.portkeyadmin.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.internal.Redactor;
import io.github.portkeyadmin.testing.PortkeyTestServer;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The MCP server's entry point: {@code java -jar portkey-admin-mcp.jar [--demo]}, speaking MCP
 * over stdio.
 *
 * <table>
 *   <caption>Configuration</caption>
 *   <tr><th>Environment</th><th>Meaning</th><th>Default</th></tr>
 *   <tr><td>{@code PORTKEY_API_KEY}</td><td>an organisation Admin API key</td><td>none: the
 *       server refuses to start without it, unless {@code --demo}</td></tr>
 *   <tr><td>{@code PORTKEY_BASE_URL}</td><td>the Admin API base URL</td>
 *       <td>{@value PortkeyAdminClient#DEFAULT_BASE_URL}</td></tr>
 *   <tr><td>{@code PORTKEY_WORKSPACE_SLUG}</td><td>the workspace analytics tools use when a call
 *       names none</td><td>none</td></tr>
 * </table>
 *
 * <p>{@code --demo} serves a fictional organisation from a local fake and marks every result as
 * demo data. stdout carries JSON-RPC only: everything else, logging included, goes to stderr. The
 * process exits when stdin closes.
 */
public final class Main {
  /** The environment variable naming the default workspace of the analytics tools. */
  public static final String WORKSPACE_ENV = "PORTKEY_WORKSPACE_SLUG";

  private static final String USAGE = "usage: java -jar portkey-admin-mcp.jar [--demo]\n"
      + "  Speaks MCP over stdio. Reads PORTKEY_API_KEY (an organisation Admin API key),\n"
      + "  PORTKEY_BASE_URL and PORTKEY_WORKSPACE_SLUG. --demo serves a fictional organisation.";

  private Main() {}

  /**
   * Runs the server until stdin closes, then exits.
   *
   * @param args {@code --demo} for demo data, {@code --help} for usage
   */
  public static void main(String[] args) {
    PrintStream protocol = System.out;
    // Anything printed by accident must not reach the protocol stream.
    System.setOut(System.err);
    int code = run(args, System.getenv(), System.in, protocol, System.err);
    System.exit(code);
  }

  static int run(String[] args, Map<String, String> env, InputStream in, PrintStream protocol,
      PrintStream err) {
    boolean demo = false;
    for (String arg : args) {
      switch (arg) {
        case "--demo" -> demo = true;
        case "--help", "-h" -> {
          err.println(USAGE);
          return 0;
        }
        default -> {
          err.println("portkey-admin-mcp: unknown argument " + arg + "\n" + USAGE);
          return 2;
        }
      }
    }
    String key = env.get(PortkeyAdminClient.API_KEY_ENV);
    if (!demo && (key == null || key.isBlank())) {
      err.println("portkey-admin-mcp: " + PortkeyAdminClient.API_KEY_ENV + " is not set. Set it"
          + " to an organisation Admin API key (Portkey app: Admin Settings, API Keys), or start"
          + " with --demo to try the tools on a fictional organisation.");
      return 1;
    }
    ToolContext context = demo
        ? Demo.context(Clock.systemUTC())
        : new ToolContext(() -> PortkeyAdminClient.builder().fromEnv().build(),
            Clock.systemUTC(), Optional.ofNullable(env.get(WORKSPACE_ENV)), false, null);
    // In demo mode the key in use is the kit's fake one; a real key in the environment is still
    // never shown.
    String secret = key == null || key.isBlank() ? PortkeyTestServer.API_KEY : key.strip();
    return serve(context, new Redactor(secret), in, protocol, err);
  }

  private static int serve(ToolContext context, Redactor redactor, InputStream in,
      PrintStream protocol, PrintStream err) {
    ObjectMapper mapper = PortkeyMcpServer.objectMapper();
    StdinPump stdin;
    try {
      stdin = new StdinPump(in, protocol, mapper);
    } catch (IOException e) {
      err.println("portkey-admin-mcp: cannot open an in-process pipe: " + e);
      return 1;
    }
    DeferredSchemaValidator validator = new DeferredSchemaValidator(mapper);
    McpSyncServer server = PortkeyMcpServer.start(new StdioServerTransportProvider(
            new JacksonMcpJsonMapper(mapper), stdin.messages(), protocol),
        context, redactor, mapper, validator);
    stdin.start();
    warmUpInBackground(context, validator, redactor, err);
    try {
      stdin.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      try {
        context.close();
      } catch (RuntimeException e) {
        err.println("portkey-admin-mcp: closing: " + redactor.redact(String.valueOf(e)));
      }
    }
    return 0;
  }

  /**
   * Builds the client and the schema validator while the client's handshake runs, so the first
   * tool call does not pay for them; a failure here is reported by that call instead.
   */
  private static void warmUpInBackground(ToolContext context, DeferredSchemaValidator validator,
      Redactor redactor, PrintStream err) {
    Thread warmUp = new Thread(() -> {
      try {
        validator.warmUp();
        context.client();
      } catch (MisconfiguredException e) {
        err.println("portkey-admin-mcp: " + redactor.redact(Failures.describe(e)));
      } catch (RuntimeException | LinkageError e) {
        // The first tool call builds them again and reports the problem as its result.
      }
    }, "warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
