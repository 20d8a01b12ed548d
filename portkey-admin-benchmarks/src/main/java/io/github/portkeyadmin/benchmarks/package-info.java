/**
 * JMH benchmarks of the client against a bare OkHttp + Jackson call on a loopback server, and the
 * small programs {@code run-benchmarks.sh} times for cold start and paging memory. Not published.
 */
package io.github.portkeyadmin.benchmarks;
