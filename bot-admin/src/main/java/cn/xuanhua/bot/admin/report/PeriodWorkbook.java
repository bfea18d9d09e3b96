package cn.xuanhua.bot.admin.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A month's report as an .xlsx workbook, the same content as the JSON: a sheet of departments, one of township
 * offices (each in ranking order, rates as percentages, empty where there was nothing to count) and one of
 * categories. A few dozen rows, so an ordinary (not streamed) workbook.
 */
public final class PeriodWorkbook {
    static final List<String> UNIT_HEADERS = List.of("代码", "名称", "新增", "受理", "办结", "超期", "响应率", "按时办结率",
            "解决率", "满意率");
    static final List<String> CATEGORY_HEADERS = List.of("类别", "件数");

    private PeriodWorkbook() {
    }

    public static byte[] write(PeriodReportView report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.0%"));
            units(book.createSheet("部门 " + report.month()), report.departments(), bold, percent);
            units(book.createSheet("乡镇(街道) " + report.month()), report.townships(), bold, percent);
            Sheet categories = book.createSheet("类别 " + report.month());
            header(categories, CATEGORY_HEADERS, bold);
            int i = 1;
            for (PeriodReportView.Category c : report.categories()) {
                Row row = categories.createRow(i++);
                row.createCell(0).setCellValue(c.category());
                row.createCell(1).setCellValue(c.count());
            }
            categories.setColumnWidth(0, 20 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void units(Sheet sheet, List<PeriodReportView.Unit> units, CellStyle bold, CellStyle percent) {
        header(sheet, UNIT_HEADERS, bold);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        int i = 1;
        for (PeriodReportView.Unit u : units) {
            Row row = sheet.createRow(i++);
            row.createCell(0).setCellValue(u.code());
            row.createCell(1).setCellValue(u.name());
            row.createCell(2).setCellValue(u.created());
            row.createCell(3).setCellValue(u.accepted());
            row.createCell(4).setCellValue(u.resolved());
            row.createCell(5).setCellValue(u.overdue());
            rate(row.createCell(6), u.responseRate(), percent);
            rate(row.createCell(7), u.onTimeRate(), percent);
            rate(row.createCell(8), u.resolutionRate(), percent);
            rate(row.createCell(9), u.satisfactionRate(), percent);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void header(Sheet sheet, List<String> headers, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    /** A rate with nothing to count stays empty, as "—" in the console: never 0. */
    private static void rate(Cell cell, Double value, CellStyle percent) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(percent);
        }
    }
}
