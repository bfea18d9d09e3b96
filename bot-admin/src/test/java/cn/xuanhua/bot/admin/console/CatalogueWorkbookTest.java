package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.routing.AgencyPhrases;
import cn.xuanhua.bot.core.routing.CatalogueMatters;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue workbook's shape: what it writes is what it reads, by heading; what is no catalogue is refused. */
class CatalogueWorkbookTest {
    private static final ConsoleNames.Names NAMES = new ConsoleNames.Names(
            ordered("municipal", "市政", "energy", "用电"), ordered("urban", "城管局", "power", "供电公司"), Map.of(),
            id -> id);
    private static final List<CatalogueMatters.Entry> MATTERS = List.of(
            new CatalogueMatters.Entry("street-lights", "城区路灯", "municipal", "urban", null, "路灯:6, 灯杆", null,
                    "村里", "三定"),
            new CatalogueMatters.Entry("village-roads", "村道", "municipal", "LOCAL", "urban", "村道, =SUM(A1)", "村",
                    null, null));
    private static final List<AgencyPhrases.Entry> AGENCIES = List.of(new AgencyPhrases.Entry(1, "供电所", "power"),
            new AgencyPhrases.Entry(2, "村委会", "LOCAL"));

    @Test
    void whatItWritesItReadsBackRowByRowWithUnitsAndCategoriesByName() {
        CatalogueWorkbook.Contents read = CatalogueWorkbook.read(CatalogueWorkbook.write(MATTERS, AGENCIES, NAMES));

        assertThat(read.matters()).extracting(CatalogueWorkbook.MatterRow::line).containsExactly(2, 3);
        assertThat(read.matters().get(0).form()).isEqualTo(new CatalogueEditor.MatterForm("street-lights", "城区路灯",
                "市政", "城管局", "", "路灯:6, 灯杆", "", "村里", "三定"));
        // LOCAL is written as the console says it; a term that looks like a formula stays text.
        assertThat(read.matters().get(1).form()).isEqualTo(new CatalogueEditor.MatterForm("village-roads", "村道",
                "市政", "属地", "城管局", "村道, =SUM(A1)", "村", "", ""));
        assertThat(read.agencies()).extracting(CatalogueWorkbook.AgencyRow::phrase, CatalogueWorkbook.AgencyRow::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("供电所", "供电公司"),
                        org.assertj.core.groups.Tuple.tuple("村委会", "属地"));
    }

    @Test
    void columnsAreFoundByTheirHeadingsAndEmptyRowsAreSkipped() throws IOException {
        byte[] moved = edit(CatalogueWorkbook.write(MATTERS, AGENCIES, NAMES), book -> {
            Sheet sheet = book.getSheet(CatalogueWorkbook.MATTERS);
            for (Row row : sheet) {
                // 名称 and 代码 swapped
                String code = row.getCell(0).getStringCellValue();
                row.getCell(0).setCellValue(row.getCell(1).getStringCellValue());
                row.getCell(1).setCellValue(code);
            }
            sheet.createRow(10).createCell(0).setCellValue("  ");
            book.removeSheetAt(book.getSheetIndex(CatalogueWorkbook.AGENCIES));
        });

        CatalogueWorkbook.Contents read = CatalogueWorkbook.read(moved);

        assertThat(read.matters()).extracting(r -> r.form().code()).containsExactly("street-lights", "village-roads");
        assertThat(read.agencies()).as("no phrases sheet: the phrases stay").isNull();
    }

    @Test
    void aWorkbookWithoutTheMattersSheetOrARequiredColumnOrWithAFormulaIsRefused() throws IOException {
        byte[] written = CatalogueWorkbook.write(MATTERS, AGENCIES, NAMES);
        byte[] noSheet = edit(written, book -> book.removeSheetAt(book.getSheetIndex(CatalogueWorkbook.MATTERS)));
        byte[] noOwner = edit(written, book -> book.getSheet(CatalogueWorkbook.MATTERS).getRow(0).getCell(3)
                .setCellValue("负责"));
        byte[] formula = edit(written, book -> book.getSheet(CatalogueWorkbook.MATTERS).getRow(2).getCell(5)
                .setCellFormula("\"路\"&\"灯\""));

        assertThatThrownBy(() -> CatalogueWorkbook.read(noSheet)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("没有「派单事项」工作表");
        assertThatThrownBy(() -> CatalogueWorkbook.read(noOwner)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("缺少列「承办」");
        assertThatThrownBy(() -> CatalogueWorkbook.read(formula)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("第 3 行有公式");
        assertThatThrownBy(() -> CatalogueWorkbook.read("not a workbook".getBytes()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("无法读取这个文件");
    }

    private static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, String> ordered(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return map;
    }
}
