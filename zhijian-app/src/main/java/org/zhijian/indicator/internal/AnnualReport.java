package org.zhijian.indicator.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhijian.indicator.AssessmentResult;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.XlsxTable;

/**
 * Writes the annual report: the indicators' progress (and the assessment's ranking when there is one) as an XLSX
 * table, or as a PDF with Chinese text (an embedded CJK font: the first of {@code zhijian.report.fonts} found, e.g.
 * Debian's fonts-droid-fallback), tables and a bar chart of the sampling pass rates against their targets.
 */
@Component
class AnnualReport {

    private final List<String> fonts;

    AnnualReport(
            @Value("${zhijian.report.fonts:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf,"
                            + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}")
                    List<String> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    void xlsx(int year, List<IndicatorProgressView> rows, Optional<AssessmentResult> assessment, OutputStream out)
            throws IOException {
        try (XlsxTable t = new XlsxTable(
                year + "年质量状况", List.of("序号", "领域", "指标", "单位", "属性", "基期值", "目标", "最新值", "年度", "轨迹期望", "状态"))) {
            for (IndicatorProgressView i : rows) {
                t.add(
                        i.no(),
                        i.domain(),
                        i.name(),
                        i.unit(),
                        attribute(i),
                        i.baselineValue(),
                        target(i),
                        i.value(),
                        i.year(),
                        i.expected(),
                        i.statusLabel());
            }
            assessment.ifPresent(a -> {
                t.add();
                t.add("名次", "市州", "考核总分", "", "", "", "", "", "", "", "");
                a.sheets()
                        .forEach(s -> t.add(
                                s.sheet().vetoed() ? "一票否决" : s.sheet().rank(),
                                s.prefectureName(),
                                s.sheet().total(),
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""));
            });
            t.write(out);
        }
    }

    void pdf(int year, List<IndicatorProgressView> rows, Optional<AssessmentResult> assessment, OutputStream out) {
        BaseFont base = font();
        Text title = new Text(base, 18, Font.BOLD);
        Text heading = new Text(base, 13, Font.BOLD);
        Text body = new Text(base, 9, Font.NORMAL);
        Document doc = new Document(PageSize.A4, 36, 36, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph t = new Paragraph(title.phrase(year + " 年湖南省质量状况分析报告"));
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        doc.add(new Paragraph(body.phrase(summary(rows))));
        doc.add(new Paragraph(heading.phrase("一、规划指标进展")));
        doc.add(indicatorTable(rows, body));
        if (writer.getVerticalPosition(true) < 220) { // the chart needs about 150 points below its heading
            doc.newPage();
        }
        doc.add(new Paragraph(heading.phrase("二、产品质量合格率（抽检数据，对照规划目标）")));
        float top = writer.getVerticalPosition(true) - 10;
        chart(
                writer.getDirectContent(),
                rows.stream().filter(i -> "COMPUTED".equals(i.source())).toList(),
                base,
                top);
        for (int i = 0; i < 10; i++) { // room for the chart drawn below the heading
            doc.add(new Paragraph(body.phrase(" ")));
        }
        assessment.ifPresent(a -> {
            doc.add(new Paragraph(heading.phrase("三、市州质量工作考核结果")));
            doc.add(ranking(a, body));
        });
        doc.close();
    }

    /** The prefectures' ranking: place (or 一票否决), name and total score. */
    private static PdfPTable ranking(AssessmentResult a, Text body) {
        PdfPTable ranking = new PdfPTable(new float[] {1, 3, 2});
        ranking.setWidthPercentage(60);
        List.of("名次", "市州", "总分").forEach(h -> ranking.addCell(new Paragraph(body.phrase(h))));
        a.sheets().forEach(s -> {
            ranking.addCell(new Paragraph(body.phrase(
                    s.sheet().vetoed() ? "一票否决" : String.valueOf(s.sheet().rank()))));
            ranking.addCell(new Paragraph(body.phrase(s.prefectureName())));
            ranking.addCell(new Paragraph(
                    body.phrase(String.format(Locale.ROOT, "%.2f", s.sheet().total()))));
        });
        return ranking;
    }

    private static String summary(List<IndicatorProgressView> rows) {
        long met = rows.stream().filter(i -> "MET".equals(i.status())).count();
        long onTrack = rows.stream().filter(i -> "ON_TRACK".equals(i.status())).count();
        long behind = rows.stream().filter(i -> "BEHIND".equals(i.status())).count();
        long warning = rows.stream().filter(i -> "WARNING".equals(i.status())).count();
        return "规划 " + rows.size() + " 项指标中，已达标 " + met + " 项，正常 " + onTrack + " 项，滞后 " + behind + " 项，预警 " + warning
                + " 项，其余尚无数据。";
    }

    private static PdfPTable indicatorTable(List<IndicatorProgressView> rows, Text body) {
        PdfPTable table = new PdfPTable(new float[] {0.6f, 4.2f, 1.6f, 1.8f, 1.8f, 1.6f, 1.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        List.of("序号", "指标", "基期值", "目标", "最新值", "轨迹期望", "状态")
                .forEach(h -> table.addCell(new Paragraph(body.phrase(h))));
        for (IndicatorProgressView i : rows) {
            table.addCell(new Paragraph(body.phrase(String.valueOf(i.no()))));
            table.addCell(new Paragraph(body.phrase(i.name() + "（" + i.unit() + "，" + attribute(i) + "）")));
            table.addCell(new Paragraph(body.phrase(number(i.baselineValue()))));
            table.addCell(new Paragraph(body.phrase(target(i))));
            table.addCell(
                    new Paragraph(body.phrase(i.value() == null ? "—" : number(i.value()) + "（" + i.year() + "）")));
            table.addCell(new Paragraph(body.phrase(i.expected() == null ? "—" : number(i.expected()))));
            table.addCell(new Paragraph(body.phrase(i.statusLabel())));
        }
        return table;
    }

    /** Horizontal bars: each pass rate (blue) and its target (red tick), on a 80–100 % scale. */
    private static void chart(PdfContentByte cb, List<IndicatorProgressView> rates, BaseFont font, float top) {
        Text label = new Text(font, 9, Font.NORMAL);
        float left = 200;
        float width = 320;
        for (int k = 0; k < rates.size(); k++) {
            IndicatorProgressView r = rates.get(k);
            float y = top - 20 - k * 24;
            com.lowagie.text.pdf.ColumnText.showTextAligned(
                    cb, Element.ALIGN_RIGHT, label.phrase(r.name()), left - 6, y + 3, 0);
            double v = r.value() == null ? 80 : Math.max(80, Math.min(100, r.value()));
            cb.setColorFill(new Color(29, 78, 137));
            cb.rectangle(left, y, (float) ((v - 80) / 20 * width), 12);
            cb.fill();
            if (r.targetValue() != null) {
                float x = left + (float) ((Math.max(80, Math.min(100, r.targetValue())) - 80) / 20 * width);
                cb.setColorStroke(new Color(198, 40, 40));
                cb.setLineWidth(2);
                cb.moveTo(x, y - 2);
                cb.lineTo(x, y + 14);
                cb.stroke();
            }
            cb.beginText();
            cb.setColorFill(Color.BLACK);
            cb.setFontAndSize(font, 8);
            cb.showTextAligned(
                    PdfContentByte.ALIGN_LEFT,
                    r.value() == null ? "无数据" : number(r.value()) + "%",
                    left + width + 6,
                    y + 3,
                    0);
            cb.endText();
        }
    }

    private BaseFont font() {
        for (String f : fonts) {
            String path = f.strip();
            String file = path.contains(".ttc,") ? path.substring(0, path.indexOf(".ttc,") + 4) : path;
            if (Files.isReadable(Path.of(file))) {
                try {
                    return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (IOException | RuntimeException e) {
                    // try the next font
                }
            }
        }
        throw new BusinessRuleViolation(
                IndicatorValues.INVALID, "未找到中文字体，请安装 fonts-droid-fallback 或设置 zhijian.report.fonts");
    }

    private static String attribute(IndicatorProgressView i) {
        return "BINDING".equals(i.attribute()) ? "约束性" : "预期性";
    }

    private static String target(IndicatorProgressView i) {
        return ">=national".equals(i.comparator())
                ? "达到国家考核目标"
                : i.comparator().replace(">=", "≥").replace("<=", "≤") + " " + number(i.targetValue());
    }

    private static String number(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Text in one size and style: CJK characters in the CJK font, the rest (digits, Latin, %) in Helvetica. */
    private static final class Text {

        private final com.lowagie.text.pdf.FontSelector selector = new com.lowagie.text.pdf.FontSelector();

        Text(BaseFont cjk, float size, int style) {
            selector.addFont(new Font(Font.HELVETICA, size, style));
            selector.addFont(new Font(cjk, size, style));
        }

        com.lowagie.text.Phrase phrase(String text) {
            return selector.process(text);
        }
    }
}
