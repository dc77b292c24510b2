package org.zhijian.classification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.zhijian.algo.text.Keyword;

/** The keyword dictionaries that come with the product ({@code masterdata/*-keywords.csv}: label, term, weight). */
final class SeedKeywords {

    static final String CATEGORIES = "masterdata/category-keywords.csv";
    static final String HAZARDS = "masterdata/hazard-keywords.csv";

    private SeedKeywords() {}

    static List<Keyword> read(String resource) {
        try (InputStream in = SeedKeywords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少主数据文件 " + resource);
            }
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .stream()
                    .map(r -> new Keyword(r.get(0), r.get(1), Double.parseDouble(r.get(2))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取主数据文件 " + resource, e);
        }
    }
}
