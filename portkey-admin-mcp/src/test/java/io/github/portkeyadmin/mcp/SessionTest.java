package io.github.portkeyadmin.mcp;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One {@link InProcessSession} per test class; each test sees only its own requests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SessionTest {
  private final int virtualKeys;
  private final Optional<String> defaultWorkspace;
  protected InProcessSession session;

  SessionTest(int virtualKeys, Optional<String> defaultWorkspace) {
    this.virtualKeys = virtualKeys;
    this.defaultWorkspace = defaultWorkspace;
  }

  @BeforeAll
  void startSession() throws IOException {
    session = InProcessSession.start(virtualKeys, defaultWorkspace);
  }

  @AfterAll
  void stopSession() throws IOException {
    session.close();
  }

  @BeforeEach
  void forgetRequests() {
    session.fake.requests().clear();
  }
}
