package org.hezuo.documents.internal;

import java.util.regex.Pattern;

/**
 * A dotted field path as written in a tag: {@code school.name}, {@code $.school.name} (from the root),
 * {@code this} (the current item), {@code @序号}/{@code @index} (1-based loop index).
 *
 * @param text the path as written (normalised)
 * @param fromRoot whether the path starts at the root object ({@code $.})
 * @param index whether this is the loop index
 * @param segments the property names, empty for {@code this}
 */
public record ValuePath(String text, boolean fromRoot, boolean index, String[] segments) {

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_]+");

    /**
     * Parses a path.
     *
     * @param s the path text
     * @return the path
     * @throws TagSyntaxException if it is not a valid path
     */
    public static ValuePath parse(String s) {
        String p = s.strip().replace('＄', '$').replace('￥', '$').replace('．', '.').replace('＠', '@');
        if (p.equals("@index") || p.equals("@序号")) {
            return new ValuePath(p, false, true, new String[0]);
        }
        if (p.equals("this") || p.equals(".")) {
            return new ValuePath(p, false, false, new String[0]);
        }
        boolean root = p.startsWith("$.");
        String body = root ? p.substring(2) : p;
        String[] segs = body.split("\\.", -1);
        for (String seg : segs) {
            if (!SEGMENT.matcher(seg).matches()) {
                throw new TagSyntaxException("BAD_PATH", "字段路径“" + p + "”不合法：路径由字母、汉字、数字或下划线组成，以“.”分隔");
            }
        }
        return new ValuePath(p, root, false, segs);
    }

    @Override
    public String toString() {
        return text;
    }
}
