package io.github.portkeyadmin.mcp;

import io.github.portkeyadmin.errors.BadRequestException;
import io.github.portkeyadmin.errors.InvalidApiKeyException;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.errors.NotFoundException;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.RateLimitException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;

/** Turns what went wrong into one text for the model: what happened, then what to do. */
final class Failures {
  private Failures() {}

  static String describe(RuntimeException failure) {
    if (failure instanceof MisconfiguredException) {
      return "The server is misconfigured: " + failure.getMessage() + ". Fix PORTKEY_API_KEY or"
          + " PORTKEY_BASE_URL in the MCP client's configuration of this server and restart it.";
    }
    if (failure instanceof IllegalArgumentException) {
      return "Invalid argument: " + failure.getMessage()
          + ". Nothing was sent to Portkey; fix the argument and call again.";
    }
    if (failure instanceof PortkeyApiException api) {
      return status(api) + " " + advice(api);
    }
    if (failure instanceof MalformedResponseException) {
      return "Portkey's answer could not be read: " + failure.getMessage()
          + ". Check that PORTKEY_BASE_URL is the Admin API (ending in /v1/); retrying will"
          + " not help until the server answers JSON.";
    }
    if (failure instanceof PortkeyConnectionException) {
      return "Portkey could not be reached: " + failure.getMessage()
          + ". Check the network and PORTKEY_BASE_URL, then call again.";
    }
    return "Unexpected failure (" + failure.getClass().getSimpleName() + "): "
        + failure.getMessage() + ". This is a bug of the server; the call may work with"
        + " other arguments.";
  }

  private static String status(PortkeyApiException api) {
    StringBuilder text = new StringBuilder("Portkey answered HTTP ").append(api.statusCode());
    api.errorCode().ifPresent(code -> text.append(" (error code ").append(code).append(')'));
    if (api.attempts() > 1) {
      text.append(" after ").append(api.attempts()).append(" attempts");
    }
    text.append(": ").append(api.apiMessage());
    api.requestId().ifPresent(id -> text.append(" [request id ").append(id).append(']'));
    return text.append('.').toString();
  }

  private static String advice(PortkeyApiException api) {
    if (api instanceof WorkspaceScopedKeyException scoped) {
      return "This call needs an organisation Admin API key"
          + scoped.requiredScope().map(scope -> " (or a key with the " + scope + " scope)")
              .orElse("")
          + ": the key in PORTKEY_API_KEY is valid but not allowed to make it. Create an Admin"
          + " key in the Portkey app (Admin Settings, API Keys) and restart this server with it.";
    }
    if (api instanceof InvalidApiKeyException) {
      return "The API key was rejected: set PORTKEY_API_KEY to a current Portkey Admin API key"
          + " and restart this server. Retrying will not help.";
    }
    if (api instanceof RateLimitException limited) {
      return limited.retryAfter()
          .map(wait -> "Rate limited: wait " + wait.toSeconds() + " s (Portkey's Retry-After)"
              + " before calling again.")
          .orElse("Rate limited: wait a minute before calling again.");
    }
    if (api instanceof ServerException) {
      return "Portkey or a proxy in front of it failed, and the retries did not help; this is a"
          + " read and safe to call again in a minute.";
    }
    if (api instanceof NotFoundException) {
      return "Check the id or slug: list_workspaces and list_virtual_keys show the valid ones.";
    }
    if (api instanceof BadRequestException) {
      return "Portkey rejected the parameters; the message names the one to fix.";
    }
    return "See the message; the call is a read and safe to repeat.";
  }
}
