package org.zhijian.algo.matching;

import java.util.List;

/**
 * A Chinese enterprise name taken apart along its legal structure 行政区划 + 字号 + 行业 + 组织形式 (企业名称登记管理规定),
 * plus the branch (分公司, 门店) that follows a head office's name.
 *
 * @param normalized the whole name after width, space and bracket normalisation
 * @param regionCodes codes of the regions named in brackets, then of those named as prefixes (outermost first)
 * @param core trade name and industry (字号 + 行业), the part that identifies the enterprise
 * @param form the legal form: {@code 有限} (有限公司, 有限责任公司), {@code 股份} (股份有限公司, 股份公司), another form
 *     word (合作社, 店, 厂, 商行) or empty when the name has none or only 公司
 * @param branch the branch part after the head office's form (e.g. {@code 岳麓分公司}), empty for a head office
 * @param reading how the core reads aloud (e.g. toneless pinyin), to recognise homophone writings (茶叶 for 茶业);
 *     the core itself when no reading function was given
 */
public record ParsedName(
        String normalized, List<String> regionCodes, String core, String form, String branch, String reading) {

    public ParsedName {
        regionCodes = List.copyOf(regionCodes);
    }
}
