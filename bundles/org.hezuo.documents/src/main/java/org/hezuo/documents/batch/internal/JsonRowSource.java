package org.hezuo.documents.batch.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows from a JSON array of objects, read with Jackson's streaming parser one object at a time; a file
 * holding a single case object is one row.
 */
final class JsonRowSource implements RowSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final InputStream in;
    private final JsonParser parser;
    /** A file holding one case object rather than an array: one row. */
    private boolean single;

    JsonRowSource(Path file) throws IOException {
        in = Files.newInputStream(file);
        parser = MAPPER.getFactory().createParser(in);
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
            single = true;
        } else if (first != JsonToken.START_ARRAY) {
            close();
            throw new IOException("JSON 数据文件必须是一个案件 {…} 或案件数组 [ {…}, {…} ]（ROWS_NOT_ARRAY）：" + file);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> next() throws IOException {
        if (single) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Object> row = MAPPER.readValue(parser, LinkedHashMap.class);
            parser.clearCurrentToken();
            return row;
        }
        JsonToken t = parser.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw new RowSource.RowFormatException("这一行不是 JSON 对象");
        }
        return MAPPER.readValue(parser, LinkedHashMap.class);
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }
}
