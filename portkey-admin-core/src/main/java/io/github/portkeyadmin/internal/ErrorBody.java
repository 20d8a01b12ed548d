package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The message and Portkey error code of an error body, whatever its shape: {@code
 * {"success":false,"data":{"message","errorCode"}}}, the same without a code, {@code
 * {"error":{"message","code"}}} or {@code {"error":"..."}}, and a bare {@code {"message"}}. Not
 * JSON (an HTML proxy page) reads as neither.
 */
record ErrorBody(Optional<String> message, Optional<String> errorCode) {
  private static final Pattern PORTKEY_CODE = Pattern.compile("AB\\d{2}");
  private static final ErrorBody NONE = new ErrorBody(Optional.empty(), Optional.empty());

  static ErrorBody parse(String body, ObjectMapper mapper) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return NONE;
    }
    if (root == null || !root.isObject()) {
      return NONE;
    }
    for (JsonNode candidate : new JsonNode[] {root.path("data"), root.path("error"), root}) {
      ErrorBody found = read(candidate);
      if (found.message().isPresent() || found.errorCode().isPresent()) {
        return found;
      }
    }
    return NONE;
  }

  private static ErrorBody read(JsonNode node) {
    if (node.isTextual()) {
      return new ErrorBody(nonBlank(node.asText()), Optional.empty());
    }
    Optional<String> code = text(node, "errorCode")
        .or(() -> text(node, "code").filter(c -> PORTKEY_CODE.matcher(c).matches()));
    return new ErrorBody(text(node, "message"), code);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? nonBlank(value.asText()) : Optional.empty();
  }

  private static Optional<String> nonBlank(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }
}
