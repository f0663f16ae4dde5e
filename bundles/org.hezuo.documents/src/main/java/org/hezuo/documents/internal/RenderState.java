package org.hezuo.documents.internal;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.List;

/**
 * The mutable state of one rendering: root, loop scopes and problems. Reused (reset) across documents.
 */
final class RenderState {
    /** Returned by {@link #resolve} when the path names a property that does not exist (already reported). */
    static final Object UNKNOWN = new Object();

    Object root;
    Object[] items = new Object[8];
    int[] indexes = new int[8];
    int depth;
    Problems problems;

    void reset(Object data, String template) {
        root = data;
        depth = 0;
        problems = new Problems(template);
        Arrays.fill(items, null);
    }

    void push(Object item, int index) {
        if (depth == items.length) {
            items = Arrays.copyOf(items, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        items[depth] = item;
        indexes[depth++] = index;
    }

    void pop() {
        items[--depth] = null;
    }

    Object resolve(ValuePath path, String where) {
        if (path.index()) {
            return depth == 0 ? null : Integer.valueOf(indexes[depth - 1] + 1);
        }
        Object cur = path.fromRoot() || depth == 0 ? root : items[depth - 1];
        String[] segs = path.segments();
        for (int i = 0; i < segs.length; i++) {
            String seg = segs[i];
            if (cur == null) {
                return null;
            }
            if (cur instanceof java.util.Map<?, ?> map && i + 1 < segs.length) {
                // a key with dots in it, as computed values have (refundDue.2025): the longest that is there
                int j = segs.length;
                while (j > i + 1 && !map.containsKey(String.join(".", Arrays.copyOfRange(segs, i, j)))) {
                    j--;
                }
                if (j > i + 1) {
                    cur = map.get(String.join(".", Arrays.copyOfRange(segs, i, j)));
                    i = j - 1;
                    continue;
                }
            }
            if (cur.getClass().isArray()) {
                cur = Properties.isIndex(seg) && Integer.parseInt(seg) < Array.getLength(cur) ? Array.get(cur, Integer.parseInt(seg)) : null;
                continue;
            }
            try {
                cur = Properties.get(cur, seg);
            } catch (IllegalStateException e) {
                problems.add("GETTER_FAILED", "读取字段“" + path.text() + "”时出错：" + e.getMessage(), where, path.text());
                return UNKNOWN;
            }
            if (cur == Properties.NO_SUCH_PROPERTY) {
                problems.add("UNKNOWN_FIELD", "数据中没有字段“" + path.text() + "”" + position(), where, path.text());
                return UNKNOWN;
            }
        }
        return cur;
    }

    /** "（students 第3项）" for problems inside loops. */
    String position() {
        return depth == 0 ? "" : "（第" + (indexes[depth - 1] + 1) + "项）";
    }

    static int size(Object list) {
        if (list instanceof List<?> l) {
            return l.size();
        }
        return list.getClass().isArray() ? Array.getLength(list) : -1;
    }
}
