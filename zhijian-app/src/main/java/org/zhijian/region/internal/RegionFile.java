package org.zhijian.region.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.zhijian.platform.InvalidFileException;
import org.zhijian.platform.RowError;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;

/** Reads and checks a region file in the format of {@code shared/data/regions-hunan.csv}. */
final class RegionFile {

    private static final List<String> HEADER = List.of("code", "name", "level", "parent_code");

    private final Reader reader;

    RegionFile(Reader reader) {
        this.reader = reader;
    }

    List<Region> read() {
        List<Region> regions = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try {
            var parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader);
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip())
                    .toList();
            if (!header.equals(HEADER)) {
                throw new InvalidFileException("区划文件表头应为 " + String.join(",", HEADER), List.of());
            }
            for (CSVRecord record : parser) {
                parse(record, errors).ifPresent(regions::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkTree(regions, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFileException("区划文件有 " + errors.size() + " 处错误", errors);
        }
        regions.sort(Comparator.comparing(Region::level).thenComparing(Region::code));
        return regions;
    }

    private static java.util.Optional<Region> parse(CSVRecord record, List<RowError> errors) {
        long row = record.getRecordNumber() + 1;
        String code = record.get(0).strip();
        String name = record.get(1).strip();
        String levelKey = record.get(2).strip();
        String parent = record.get(3).strip();
        int before = errors.size();
        if (!code.matches("[0-9]{6}")) {
            errors.add(new RowError(row, "code", code, "区划代码应为 6 位数字"));
        }
        if (name.isEmpty()) {
            errors.add(new RowError(row, "name", name, "名称不能为空"));
        }
        var level = RegionLevel.fromKey(levelKey);
        if (level.isEmpty()) {
            errors.add(new RowError(row, "level", levelKey, "级别应为 province、prefecture 或 county"));
        }
        if (errors.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Region(code, name, level.get(), parent.isEmpty() ? null : parent));
    }

    private static void checkTree(List<Region> regions, List<RowError> errors) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            if (!codes.add(regions.get(i).code())) {
                errors.add(new RowError(i + 2, "code", regions.get(i).code(), "区划代码重复"));
            }
        }
        long provinces =
                regions.stream().filter(r -> r.level() == RegionLevel.PROVINCE).count();
        if (provinces != 1) {
            errors.add(new RowError(1, "level", "", "文件应恰好包含一个省级区划，实际 " + provinces + " 个"));
        }
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            boolean needsParent = r.level() != RegionLevel.PROVINCE;
            if (needsParent && (r.parent() == null || !codes.contains(r.parent()))) {
                errors.add(new RowError(i + 2, "parent_code", String.valueOf(r.parent()), "上级区划不在文件中"));
            }
        }
    }
}
