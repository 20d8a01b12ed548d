/**
 * A test kit for code that uses the Portkey Admin client: {@link
 * io.github.portkeyadmin.testing.PortkeyTestServer}, a fake Admin API on loopback serving a
 * shaped {@link io.github.portkeyadmin.testing.Organisation}.
 */
package io.github.portkeyadmin.testing;
