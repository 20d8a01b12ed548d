package io.github.portkeyadmin.examples;

import java.io.IOException;

/** The body of one example, run against the client and streams of a {@link Session}. */
@FunctionalInterface
interface Example {
  /**
   * Runs the example.
   *
   * @throws IOException if a file cannot be written
   * @throws io.github.portkeyadmin.errors.PortkeyException if a call fails
   */
  void run(Session session) throws IOException;
}
