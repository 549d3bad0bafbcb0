package io.perennial.io.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An OFX document as a tree of elements, read from either form: OFX 1 (SGML: leaf elements
 * {@code <TAG>value} without closing tags, after a header of {@code KEY:VALUE} lines) or OFX 2 (XML).
 * Each element keeps the line it starts on. Entities {@code &amp; &lt; &gt;} are decoded.
 */
final class OfxTree {

  /** One element: a leaf with text, or an aggregate with children. */
  static final class Node {
    final String name;
    final long line;
    final List<Node> children = new ArrayList<>();
    String text;

    Node(String name, long line) {
      this.name = name;
      this.line = line;
    }

    /** The first child named {@code name}, at any depth (breadth first). */
    Optional<Node> find(String childName) {
      List<Node> queue = new ArrayList<>(children);
      for (int i = 0; i < queue.size(); i++) {
        Node node = queue.get(i);
        if (node.name.equals(childName)) {
          return Optional.of(node);
        }
        queue.addAll(node.children);
      }
      return Optional.empty();
    }

    /** All elements named {@code name} below this one, in document order. */
    List<Node> all(String childName) {
      List<Node> found = new ArrayList<>();
      collect(this, childName, found);
      return found;
    }

    private static void collect(Node node, String childName, List<Node> found) {
      for (Node child : node.children) {
        if (child.name.equals(childName)) {
          found.add(child);
        }
        collect(child, childName, found);
      }
    }

    /** The text of the first leaf named {@code name} below, or "". */
    String value(String leaf) {
      return find(leaf).map(n -> n.text == null ? "" : n.text).orElse("");
    }
  }

  private OfxTree() {}

  /** The root (a synthetic element holding {@code OFX}). */
  static Node parse(String text) {
    Node root = new Node("#root", 1);
    List<Node> stack = new ArrayList<>();
    stack.add(root);
    int i = 0;
    long line = 1;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c != '<') {
        if (c == '\n') {
          line++;
        }
        i++;
        continue;
      }
      int close = text.indexOf('>', i);
      if (close < 0) {
        break;
      }
      String tag = text.substring(i + 1, close).strip();
      for (int k = i; k < close; k++) {
        if (text.charAt(k) == '\n') {
          line++;
        }
      }
      i = close + 1;
      if (tag.startsWith("?") || tag.startsWith("!")) {
        continue;
      }
      if (tag.startsWith("/")) {
        String name = tag.substring(1).strip().toUpperCase(Locale.ROOT);
        for (int k = stack.size() - 1; k > 0; k--) {
          if (stack.get(k).name.equals(name)) {
            while (stack.size() > k) {
              stack.remove(stack.size() - 1);
            }
            break;
          }
        }
        continue;
      }
      String name = tag.split("\\s+")[0].toUpperCase(Locale.ROOT);
      Node node = new Node(name, line);
      stack.get(stack.size() - 1).children.add(node);
      int next = text.indexOf('<', i);
      String value = (next < 0 ? text.substring(i) : text.substring(i, next));
      if (!value.isBlank()) {
        node.text = decode(value.strip());
        for (int k = 0; k < value.length(); k++) {
          if (value.charAt(k) == '\n') {
            line++;
          }
        }
        i = next < 0 ? length : next;
        // An XML leaf closes itself with </NAME>; an SGML leaf does not: both are leaves.
      } else if (!tag.endsWith("/")) {
        stack.add(node);
      }
    }
    return root;
  }

  private static String decode(String value) {
    return value.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
