package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every endpoint names its call for the events, once, as service.method. */
class OperationNamesTest {
  @Test
  void everyEndpointHasOneDistinctServiceDotMethodName() {
    List<Method> endpoints = Arrays.stream(PortkeyAdminApi.class.getDeclaredMethods())
        .filter(method -> !method.isSynthetic())
        .toList();

    assertThat(endpoints).allSatisfy(method ->
        assertThat(method.getAnnotation(Operation.class)).as(method.getName()).isNotNull());
    List<String> names = endpoints.stream()
        .map(method -> method.getAnnotation(Operation.class).value())
        .toList();
    assertThat(names).doesNotHaveDuplicates()
        .allMatch(name -> name.matches("[a-z][A-Za-z]*\\.[a-z][A-Za-z]*"));
  }
}
