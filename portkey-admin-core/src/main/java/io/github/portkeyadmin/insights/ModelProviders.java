package io.github.portkeyadmin.insights;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider of a model, guessed from the model's name, for the {@code ai_org_model}
 * ({@code provider__model}) filter that the grouped model rows cannot fill in themselves: they name
 * the model only. Callers let users override a wrong guess (Azure, Bedrock, self-hosted).
 *
 * <p>Guesses: {@code gpt}, {@code chatgpt}, {@code o1}/{@code o3}/{@code o4}..., {@code
 * text-embedding}, {@code dall-e}: openai; {@code claude}: anthropic; {@code gemini}: google;
 * {@code mistral}, {@code mixtral}, {@code codestral}: mistral-ai; {@code command}: cohere.
 */
public final class ModelProviders {
  private ModelProviders() {}

  /**
   * The provider of {@code model}: the override where one names it, else the guess.
   *
   * @param model the model name as the grouped rows spell it, e.g. {@code gpt-4o}
   * @param overrides model name to provider, taking precedence over the guess
   * @return the provider, or empty when neither knows the model
   */
  public static Optional<String> of(String model, Map<String, String> overrides) {
    Objects.requireNonNull(model, "model == null");
    String override = overrides.get(model);
    if (override != null && !override.isBlank()) {
      return Optional.of(override.strip());
    }
    return guess(model);
  }

  /**
   * The provider guessed from the model's name.
   *
   * @param model the model name, e.g. {@code claude-3-5-sonnet}
   * @return the provider, e.g. {@code anthropic}, or empty for a name it does not know
   */
  public static Optional<String> guess(String model) {
    String name = Objects.requireNonNull(model, "model == null").toLowerCase(Locale.ROOT);
    if (name.startsWith("gpt") || name.matches("o\\d.*") || name.startsWith("chatgpt")
        || name.startsWith("text-embedding") || name.startsWith("dall-e")) {
      return Optional.of("openai");
    }
    if (name.startsWith("claude")) {
      return Optional.of("anthropic");
    }
    if (name.startsWith("gemini")) {
      return Optional.of("google");
    }
    if (name.startsWith("mistral") || name.startsWith("mixtral") || name.startsWith("codestral")) {
      return Optional.of("mistral-ai");
    }
    if (name.startsWith("command")) {
      return Optional.of("cohere");
    }
    return Optional.empty();
  }
}
