/**
 * Transport and wiring: the Retrofit interface, the JSON mapper, error mapping and the default
 * implementations of the public service interfaces. Not public API: anything here may change in
 * any release.
 */
@NullMarked
package io.github.portkeyadmin.internal;

import org.jspecify.annotations.NullMarked;
