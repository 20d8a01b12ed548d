package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.described;
import static io.github.portkeyadmin.mcp.Schema.integer;
import static io.github.portkeyadmin.mcp.Schema.ordered;
import static io.github.portkeyadmin.mcp.Schema.type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded list result: rows from {@code offset} until {@code max_items} or the character budget
 * is reached, with {@code has_more} and the {@code offset} to continue from.
 */
final class Listing {
  /** About the size of a result an agent reads comfortably, in characters of JSON. */
  static final int CHARACTER_BUDGET = 16_000;
  static final int DEFAULT_MAX_ITEMS = 100;
  static final int MAX_ITEMS = 1000;
  private static final ObjectMapper SIZER = new ObjectMapper();

  private final List<Map<String, Object>> rows;
  private final int offset;
  private final boolean hasMore;

  private Listing(List<Map<String, Object>> rows, int offset, boolean hasMore) {
    this.rows = rows;
    this.offset = offset;
    this.hasMore = hasMore;
  }

  /** The paging arguments of a list tool. */
  static Schema arguments() {
    return Schema.properties()
        .add("max_items", integer("", 1, MAX_ITEMS, DEFAULT_MAX_ITEMS))
        .add("offset", described(ordered("type", "integer", "minimum", 0,
            "default", 0), "next_offset of the previous call"));
  }

  /** The paging fields of a list result. */
  static Schema fields() {
    return Schema.properties()
        .add("returned", type("integer"))
        .add("offset", type("integer"))
        .add("has_more", type("boolean"))
        .add("next_offset", type("integer"));
  }

  /**
   * Takes rows of {@code items} from the arguments' offset on, converting each, until the
   * arguments' {@code max_items} or the character budget is reached.
   */
  static <T> Listing of(Iterator<T> items, Args args, Function<T, Map<String, Object>> row) {
    int offset = args.integer("offset", 0);
    int maxItems = args.integer("max_items", DEFAULT_MAX_ITEMS);
    for (int skipped = 0; skipped < offset && items.hasNext(); skipped++) {
      items.next();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    int size = 0;
    while (items.hasNext() && rows.size() < maxItems) {
      Map<String, Object> next = row.apply(items.next());
      size += length(next);
      if (size > CHARACTER_BUDGET && !rows.isEmpty()) {
        return new Listing(rows, offset, true);
      }
      rows.add(next);
    }
    return new Listing(rows, offset, items.hasNext());
  }

  List<Map<String, Object>> rows() {
    return rows;
  }

  boolean hasMore() {
    return hasMore;
  }

  int nextOffset() {
    return offset + rows.size();
  }

  /** Puts the rows under {@code key} and the paging fields into {@code result}. */
  Map<String, Object> into(Map<String, Object> result, String key) {
    result.put(key, rows);
    result.put("returned", rows.size());
    result.put("offset", offset);
    result.put("has_more", hasMore);
    if (hasMore) {
      result.put("next_offset", nextOffset());
    }
    return result;
  }

  /** {@code "rows 1-100; more: call again with offset=100"}. */
  String describe(String tool) {
    String shown = rows.isEmpty() ? "no rows" : "rows " + (offset + 1) + "-" + nextOffset();
    return shown + (hasMore ? "; more: call " + tool + " again with offset=" + nextOffset() : "");
  }

  static Map<String, Object> result() {
    return new LinkedHashMap<>();
  }

  private static int length(Map<String, Object> row) {
    try {
      return SIZER.writeValueAsString(row).length() + 1;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a row could not be written as JSON", e);
    }
  }
}
