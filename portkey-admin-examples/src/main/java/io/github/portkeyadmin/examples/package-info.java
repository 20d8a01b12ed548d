/**
 * Runnable examples of the Portkey Admin client, one small class per call. Filled by the examples
 * issue; this module builds against {@code portkey-admin-core} so it breaks when the API does.
 */
package io.github.portkeyadmin.examples;
