package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.PortkeyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** Runs one Retrofit call and turns every failure into the SDK's exceptions. */
public final class ApiCaller {
  /** Error bodies are read up to this many bytes; the excerpt needs far less. */
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final ErrorMapper errors;

  /**
   * Creates a caller.
   *
   * @param errors maps non-2xx responses
   */
  public ApiCaller(ErrorMapper errors) {
    this.errors = errors;
  }

  /**
   * Executes the call.
   *
   * @param call the call, not yet executed
   * @param <T> the body type
   * @return the decoded body
   * @throws PortkeyException for a non-2xx status, an I/O failure or an unreadable body
   */
  public <T> T execute(Call<T> call) {
    String endpoint = endpoint(call.request());
    Response<T> response;
    try {
      response = call.execute();
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(
          endpoint + " returned a body that could not be read: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PortkeyConnectionException(endpoint + " failed before a response arrived: "
          + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
    if (!response.isSuccessful()) {
      throw errors.map(endpoint, response.raw(), errorBody(response.errorBody()));
    }
    T body = response.body();
    if (body == null) {
      throw new MalformedResponseException(
          endpoint + " returned HTTP " + response.code() + " with no body", null);
    }
    return body;
  }

  private static String endpoint(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }

  private static String errorBody(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (InputStream in = body.byteStream()) {
      return new String(in.readNBytes(MAX_ERROR_BODY_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
