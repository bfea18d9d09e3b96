package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.routing.AgencyPhrases;
import cn.xuanhua.bot.core.routing.CatalogueMatters;
import cn.xuanhua.bot.core.routing.Matter;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The responsibility catalogue as an .xlsx workbook, the form in which a district reviews it against its own
 * 权责清单 and sends it back: sheet 派单事项 (one matter a row, in catalogue order), sheet 单位称呼 (the phrases that
 * name a unit) and sheet 填写说明 (how to fill it in, with every unit and category). Units and categories are written
 * by name and read by name or code; columns are found by their headings, so they may be moved. Nothing is checked
 * here beyond the workbook's shape: {@link CatalogueImport} checks every row as the console's form does.
 */
public final class CatalogueWorkbook {
    static final String MATTERS = "派单事项";
    static final String AGENCIES = "单位称呼";
    static final String GUIDE = "填写说明";
    static final List<String> MATTER_HEADINGS = List.of("代码", "名称", "类别", "承办", "行业群承办", "说法",
            "须同时出现", "出现即排除", "说明");
    static final List<String> AGENCY_HEADINGS = List.of("称呼", "单位");
    private static final List<String> REQUIRED = List.of("代码", "名称", "类别", "承办", "说法");
    private static final int[] MATTER_WIDTHS = {22, 20, 10, 16, 16, 60, 20, 20, 30};
    /** A catalogue of several hundred matters is the aim; ten times that is no catalogue anyone reviews. */
    static final int MAX_ROWS = 5000;
    /** An unpacked part larger than this is no catalogue (and could be a zip bomb). */
    private static final long MAX_PART_BYTES = 16L * 1024 * 1024;
    private static final DataFormatter SHOWN = new DataFormatter();

    static {
        // POI's limit is process-wide; only this class reads workbooks.
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private CatalogueWorkbook() {
    }

    /** A row of the matters sheet as written, with its row number as Excel shows it. */
    public record MatterRow(int line, CatalogueEditor.MatterForm form) {
    }

    /** A row of the agencies sheet as written. */
    public record AgencyRow(int line, String phrase, String unit) {
    }

    /**
     * What a workbook holds.
     *
     * @param agencies null when the workbook has no 单位称呼 sheet (the stored phrases then stay as they are)
     */
    public record Contents(List<MatterRow> matters, List<AgencyRow> agencies) {
    }

    public static byte[] write(List<CatalogueMatters.Entry> matters, List<AgencyPhrases.Entry> agencies,
                               ConsoleNames.Names names) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = bold(book);
            Sheet sheet = book.createSheet(MATTERS);
            heading(sheet, MATTER_HEADINGS, bold);
            for (int c = 0; c < MATTER_WIDTHS.length; c++) {
                sheet.setColumnWidth(c, MATTER_WIDTHS[c] * 256);
            }
            int r = 1;
            for (CatalogueMatters.Entry m : matters) {
                cells(sheet.createRow(r++), m.code(), m.name(), names.category(m.categoryCode()), unit(m.ownerCode(), names),
                        m.outsideTownshipCode() == null ? "" : names.department(m.outsideTownshipCode()), m.terms(),
                        m.needs(), m.unlessWords(), m.note());
            }
            sheet.createFreezePane(0, 1);
            Sheet phrases = book.createSheet(AGENCIES);
            heading(phrases, AGENCY_HEADINGS, bold);
            phrases.setColumnWidth(0, 24 * 256);
            phrases.setColumnWidth(1, 24 * 256);
            r = 1;
            for (AgencyPhrases.Entry a : agencies) {
                cells(phrases.createRow(r++), a.phrase(), unit(a.departmentCode(), names));
            }
            phrases.createFreezePane(0, 1);
            guide(book.createSheet(GUIDE), names, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a workbook written by {@link #write} (or by hand in its shape).
     *
     * @throws InvalidInputException when it is no .xlsx workbook, lacks the 派单事项 sheet or one of its required
     *                               columns, holds a formula, or has more than {@value #MAX_ROWS} rows
     */
    public static Contents read(byte[] xlsx) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet matters = book.getSheet(MATTERS);
            if (matters == null) {
                throw new InvalidInputException("工作簿里没有「" + MATTERS + "」工作表 (请先导出目录, 在导出的工作簿上修改)");
            }
            List<MatterRow> matterRows = new ArrayList<>();
            for (SheetRow row : rows(matters, MATTER_HEADINGS, REQUIRED)) {
                Map<String, String> c = row.cells();
                matterRows.add(new MatterRow(row.line(), new CatalogueEditor.MatterForm(c.get("代码"), c.get("名称"),
                        c.get("类别"), c.get("承办"), c.get("行业群承办"), c.get("说法"), c.get("须同时出现"),
                        c.get("出现即排除"), c.get("说明"))));
            }
            Sheet agencies = book.getSheet(AGENCIES);
            List<AgencyRow> agencyRows = null;
            if (agencies != null) {
                agencyRows = new ArrayList<>();
                for (SheetRow row : rows(agencies, AGENCY_HEADINGS, AGENCY_HEADINGS)) {
                    agencyRows.add(new AgencyRow(row.line(), row.cells().get("称呼"), row.cells().get("单位")));
                }
            }
            return new Contents(matterRows, agencyRows);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI says why in its own words (not a zip, a part too large, a broken sheet); the administrator
            // needs to know only that this file cannot be read as a workbook.
            throw new InvalidInputException("无法读取这个文件: 请上传 Excel 工作簿 (.xlsx)");
        }
    }

    /** A non-empty row: its number as Excel shows it, and its cells by heading. */
    private record SheetRow(int line, Map<String, String> cells) {
    }

    /** The sheet's non-empty rows below the headings. */
    private static List<SheetRow> rows(Sheet sheet, List<String> known, List<String> required) {
        Row head = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = new HashMap<>();
        if (head != null) {
            for (Cell c : head) {
                String heading = text(c, sheet, head.getRowNum());
                if (known.contains(heading)) {
                    columns.putIfAbsent(heading, c.getColumnIndex());
                }
            }
        }
        for (String r : required) {
            if (!columns.containsKey(r)) {
                throw new InvalidInputException("「" + sheet.getSheetName() + "」的第一行缺少列「" + r + "」");
            }
        }
        List<SheetRow> out = new ArrayList<>();
        for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            boolean empty = true;
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                String value = text(row.getCell(column.getValue()), sheet, i);
                values.put(column.getKey(), value);
                empty &= value.isEmpty();
            }
            if (empty) {
                continue;
            }
            if (out.size() == MAX_ROWS) {
                throw new InvalidInputException("「" + sheet.getSheetName() + "」超过 " + MAX_ROWS + " 行");
            }
            out.add(new SheetRow(i + 1, values));
        }
        return out;
    }

    /** A cell's text as Excel shows it; a formula is refused, since what it computes here is not what was meant. */
    private static String text(Cell cell, Sheet sheet, int row) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new InvalidInputException("「" + sheet.getSheetName() + "」第 " + (row + 1) + " 行有公式, 请只填文字");
        }
        return SHOWN.formatCellValue(cell).strip();
    }

    private static String unit(String code, ConsoleNames.Names names) {
        return Matter.LOCAL.equals(code) ? CatalogueEditor.LOCAL_NAME : names.department(code);
    }

    private static void guide(Sheet sheet, ConsoleNames.Names names, CellStyle bold) {
        List<String> lines = List.of(
                "「派单事项」每行一个事项, 按行的先后排序 (两个事项得分相同时, 靠前的优先)。",
                "代码: 小写字母、数字和连字符, 如 street-lights; 代码相同即同一事项, 改代码等于删旧增新。",
                "承办: 下列单位的名称或代码, 或「属地」(消息所在乡镇/街道); 行业群承办: 属地事项在行业群里由谁承办, 空则交分拨部门。",
                "说法: 逗号分隔, 可在词后加 :权重 (1–9, 6–8 单独即可认定, 3–5 有力线索, 1–2 与其他事项共用的词; 不写为 5)。",
                "须同时出现: 其中一个词出现时事项才算数; 出现即排除: 其中一个词出现事项就不算。",
                "导入时整个目录以工作簿为准: 工作簿里没有的事项会被删除; 没有「单位称呼」工作表则称呼不变。",
                "导入前控制台先试算: 列出新增、修改、删除的事项, 并用已标注的诉求 (含本区的转办、改派纠正) 比较导入前后按规则派单的准确率。");
        int r = 0;
        for (String line : lines) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        cells(sheet.createRow(r), "单位", "代码");
        sheet.getRow(r++).forEach(c -> c.setCellStyle(bold));
        cells(sheet.createRow(r++), CatalogueEditor.LOCAL_NAME, Matter.LOCAL);
        for (Map.Entry<String, String> d : names.departments().entrySet()) {
            cells(sheet.createRow(r++), d.getValue(), d.getKey());
        }
        r++;
        cells(sheet.createRow(r), "类别", "代码");
        sheet.getRow(r++).forEach(c -> c.setCellStyle(bold));
        for (Map.Entry<String, String> c : names.categories().entrySet()) {
            cells(sheet.createRow(r++), c.getValue(), c.getKey());
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 24 * 256);
    }

    private static void heading(Sheet sheet, List<String> headings, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            row.createCell(c).setCellValue(headings.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            // Always a string cell: a term such as "=…" stays text and is never a formula in the file.
            row.createCell(c, CellType.STRING).setCellValue(values[c] == null ? "" : values[c]);
        }
    }

    private static CellStyle bold(Workbook book) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }
}
