/**
 * A test kit for code that uses the Portkey Admin client, added with test scope.
 *
 * <ul>
 *   <li>{@link io.github.portkeyadmin.testing.PortkeyTestServer}: a fake Admin API on loopback that
 *       answers every GET the SDK covers, with a ready client; faults on demand ({@link
 *       io.github.portkeyadmin.testing.Fault}) and recorded requests ({@link
 *       io.github.portkeyadmin.testing.ReceivedRequest}).
 *   <li>{@link io.github.portkeyadmin.testing.Organisation}: the immutable description it serves,
 *       {@link io.github.portkeyadmin.testing.Organisation#demo()} by default, made of {@link
 *       io.github.portkeyadmin.testing.FakeWorkspace}, {@link io.github.portkeyadmin.testing.FakeKey}
 *       (with a {@link io.github.portkeyadmin.testing.Budget}), {@link
 *       io.github.portkeyadmin.testing.FakeModel}, {@link io.github.portkeyadmin.testing.FakeUser},
 *       {@link io.github.portkeyadmin.testing.FakeTraffic} and the other {@code Fake...} records.
 *   <li>{@link io.github.portkeyadmin.testing.PortkeyTestServerExtension} and {@link
 *       io.github.portkeyadmin.testing.PortkeyTest}: JUnit 5 lifecycle and parameters.
 * </ul>
 *
 * <p>No type of the embedded server (mockwebserver3, OkHttp) appears in this API.
 */
package io.github.portkeyadmin.testing;
