package io.github.portkeyadmin.internal;

/** What every service implementation calls through: the endpoints, the caller, async threads. */
abstract class Service {
  final PortkeyAdminApi api;
  final ApiCaller caller;
  final AsyncRunner async;

  Service(Transport transport) {
    this.api = transport.api();
    this.caller = transport.caller();
    this.async = transport.async();
  }
}
