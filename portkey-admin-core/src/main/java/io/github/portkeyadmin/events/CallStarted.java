package io.github.portkeyadmin.events;

import org.immutables.value.Value;

/** A call is about to send its first request. */
@Value.Immutable
public interface CallStarted extends CallEvent {}
