package io.github.portkeyadmin.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it is told of, in order, with the thread that told it. */
final class RecordingListener implements CallListener {
  final List<CallEvent> events = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();

  @Override
  public void callStarted(CallStarted event) {
    add(event);
  }

  @Override
  public void callRetrying(CallRetrying event) {
    add(event);
  }

  @Override
  public void callSucceeded(CallSucceeded event) {
    add(event);
  }

  @Override
  public void callFailed(CallFailed event) {
    add(event);
  }

  private void add(CallEvent event) {
    events.add(event);
    threads.add(Thread.currentThread().getName());
  }

  List<Class<?>> kinds() {
    return events.stream().<Class<?>>map(e -> e.getClass().getInterfaces()[0]).toList();
  }

  <T extends CallEvent> T last(Class<T> kind) {
    return kind.cast(events.get(events.size() - 1));
  }
}
