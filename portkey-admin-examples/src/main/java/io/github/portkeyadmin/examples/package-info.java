/**
 * Runnable examples of the Portkey Admin client: one small class per call ({@code CostGraph},
 * {@code RequestsGraph}, {@code TokensGraph}, {@code UsersSummary}, {@code ModelsSummary}, {@code
 * ListWorkspaces}, {@code ListVirtualKeys}, {@code ListLogExports}), one per question people ask
 * ({@code SpendTrends}, {@code UsageSpikes}, {@code KeyHealthReport}) and a {@code Tour} of them
 * all.
 *
 * <p>Each reads {@code PORTKEY_API_KEY}, {@code PORTKEY_BASE_URL} and {@code
 * PORTKEY_WORKSPACE_SLUG}. Without a key, an embedded server on loopback serves the data of a
 * fictional organisation (the test kit's {@code PortkeyTestServer}), and the example says so on
 * stderr. Options: {@code --json} (snake_case), {@code --out FILE} (clean output, whatever Maven
 * prints), {@code --days N}, {@code --workspace SLUG}, {@code --page-size N}, {@code --svg FILE}
 * where they apply; {@code --help} lists each example's own.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java
 * PORTKEY_API_KEY=... mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.SpendTrends
 * </pre>
 */
package io.github.portkeyadmin.examples;
