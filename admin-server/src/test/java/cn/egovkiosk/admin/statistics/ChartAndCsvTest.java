package cn.egovkiosk.admin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartAndCsvTest {

    private final List<ApplicationCount> counts = List.of(new ApplicationCount("A", "社保<查询>", "Social", 40),
            new ApplicationCount("B", "=HYPERLINK(\"x\")", "", 10));

    @Test
    void barsAreProportionalAndLabelsEscaped() {
        String svg = BarChartSvg.render("办件 & 统计", counts, false);

        assertThat(svg).contains("社保&lt;查询&gt;", "办件 &amp; 统计").doesNotContain("<查询>");
        assertThat(svg).contains("width=\"420\" height=\"22\"", "width=\"105\" height=\"22\"");
        assertThat(BarChartSvg.render("t", counts, true)).contains(">Social<");
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        String csv = new String(StatisticsCsv.render(Dimension.ITEM, counts), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFdimension,key,name,name_en,applications\r\n");
        assertThat(csv).contains("ITEM,A,社保<查询>,Social,40\r\n", "ITEM,B,\"'=HYPERLINK(\"\"x\"\")\",,10\r\n");
    }
}
