package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.errors.ApiError;
import io.github.portkeyadmin.errors.BadRequestException;
import io.github.portkeyadmin.errors.InvalidApiKeyException;
import io.github.portkeyadmin.errors.NotFoundException;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.RateLimitException;
import io.github.portkeyadmin.errors.RedirectRefusedException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import java.time.Clock;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Response;

/** Turns a non-2xx response into the exception named for its status: the one mapping switch. */
public final class ErrorMapper {
  static final int EXCERPT_LENGTH = 200;
  static final String REQUEST_ID_HEADER = "x-portkey-request-id";

  private final ObjectMapper mapper;
  private final Clock clock;
  private final Redactor redactor;
  private final HttpUrl baseUrl;

  /**
   * Creates a mapper.
   *
   * @param mapper reads JSON error bodies
   * @param clock the source of now, for {@code Retry-After} dates
   * @param redactor removes the key and signed URLs from anything the server echoes back
   * @param baseUrl the configured base URL, whose origin a refused redirect names
   */
  public ErrorMapper(ObjectMapper mapper, Clock clock, Redactor redactor, HttpUrl baseUrl) {
    this.mapper = mapper;
    this.clock = clock;
    this.redactor = redactor;
    this.baseUrl = baseUrl;
  }

  /**
   * Maps a response.
   *
   * @param endpoint method and path, e.g. {@code GET /v1/analytics/graphs/cost}
   * @param response the response, whose body has been read
   * @param body the body text (possibly truncated)
   * @param attempts the number of requests made so far, this one included
   * @return the exception to throw
   */
  public PortkeyApiException map(String endpoint, Response response, String body, int attempts) {
    ApiError error = toApiError(endpoint, response, body, attempts);
    int status = response.code();
    return switch (status) {
      case 400 -> new BadRequestException(error);
      case 401 -> new InvalidApiKeyException(error);
      case 403 -> new WorkspaceScopedKeyException(error);
      case 404 -> new NotFoundException(error);
      case 429 -> new RateLimitException(error);
      default -> status >= 500 ? new ServerException(error)
          : status >= 300 && status < 400 ? redirect(error, response)
          : new PortkeyApiException(error);
    };
  }

  private RedirectRefusedException redirect(ApiError error, Response response) {
    String location = response.header("Location");
    HttpUrl target = location == null ? null : response.request().url().resolve(location);
    return new RedirectRefusedException(error,
        target == null ? "(no usable Location header)" : Origins.of(target), Origins.of(baseUrl));
  }

  private ApiError toApiError(String endpoint, Response response, String body, int attempts) {
    ErrorBody parsed = ErrorBody.parse(body, mapper);
    String fallback = response.message().isBlank() ? "HTTP " + response.code() : response.message();
    return ApiError.builder()
        .endpoint(endpoint)
        .statusCode(response.code())
        .errorCode(parsed.errorCode())
        .message(redactor.redact(parsed.message().orElse(fallback)))
        .requestId(Optional.ofNullable(response.header(REQUEST_ID_HEADER)).map(redactor::echo))
        .retryAfter(RetryAfter.parse(response.headers(), clock))
        .attempts(attempts)
        .bodyExcerpt(excerpt(redactor.redact(body)))
        .build();
  }

  static String excerpt(String body) {
    String collapsed = body.replaceAll("\\s+", " ").strip();
    return collapsed.length() <= EXCERPT_LENGTH
        ? collapsed
        : collapsed.substring(0, EXCERPT_LENGTH) + "...";
  }
}
