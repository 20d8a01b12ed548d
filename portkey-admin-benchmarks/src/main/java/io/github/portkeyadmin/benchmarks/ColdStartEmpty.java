package io.github.portkeyadmin.benchmarks;

/** Cold start floor: a JVM that starts, prints a line and exits, with the same classpath. */
public final class ColdStartEmpty {
  private ColdStartEmpty() {}

  /**
   * Prints one line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("empty");
  }
}
