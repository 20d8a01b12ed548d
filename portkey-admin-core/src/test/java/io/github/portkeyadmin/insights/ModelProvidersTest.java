package io.github.portkeyadmin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelProvidersTest {
  @ParameterizedTest
  @CsvSource({"gpt-4o,openai", "o3-mini,openai", "ChatGPT-4o-latest,openai",
      "text-embedding-3-small,openai", "dall-e-3,openai", "claude-3-5-sonnet,anthropic",
      "gemini-1.5-pro,google", "mixtral-8x7b,mistral-ai", "codestral-latest,mistral-ai",
      "mistral-large,mistral-ai", "command-r-plus,cohere"})
  void guessesTheProviderFromTheModelName(String model, String provider) {
    assertThat(ModelProviders.guess(model)).contains(provider);
  }

  @Test
  void anUnknownNameHasNoGuessAndAnOverrideWins() {
    assertThat(ModelProviders.guess("llama-3-70b")).isEmpty();
    assertThat(ModelProviders.guess("omni")).isEmpty();
    assertThat(ModelProviders.of("gpt-4o", Map.of("gpt-4o", " azure-openai ")))
        .contains("azure-openai");
    assertThat(ModelProviders.of("gpt-4o", Map.of("gpt-4o", " "))).contains("openai");
    assertThat(ModelProviders.of("llama-3-70b", Map.of())).isEmpty();
  }
}
