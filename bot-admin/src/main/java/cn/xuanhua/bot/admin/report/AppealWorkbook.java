package cn.xuanhua.bot.admin.report;

import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.appeal.AppealListing;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The appeals export as an .xlsx workbook: one row per appeal, the masked text only (the file leaves the system),
 * times as real Excel dates so they sort and filter. Streamed row by row, so a year of appeals stays small in
 * memory.
 */
public final class AppealWorkbook {
    static final List<String> HEADERS = List.of("编号", "状态", "群", "提交人", "诉求", "类别", "承办部门", "提交时间",
            "期限", "受理时间", "办结时间", "评价", "是否超期", "诉求人数", "全部诉求人");
    private static final int[] WIDTHS = {18, 12, 20, 16, 60, 12, 16, 17, 17, 17, 17, 10, 9, 9, 40};

    private AppealWorkbook() {
    }

    /** The workbook's bytes; {@code now} decides what is overdue, like the API's {@code overdue}. */
    public static byte[] write(List<AppealListing> appeals, ConsoleNames.Names names, LocalDateTime now) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("诉求");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            header(book, sheet);
            int i = 1;
            for (AppealListing a : appeals) {
                row(sheet.createRow(i++), a, names, now, date);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Workbook book, Sheet sheet) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            row.createCell(c).setCellValue(HEADERS.get(c));
            row.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    private static void row(Row row, AppealListing a, ConsoleNames.Names names, LocalDateTime now, CellStyle date) {
        row.createCell(0).setCellValue(a.number());
        row.createCell(1).setCellValue(a.status().label());
        row.createCell(2).setCellValue(names.group(a.groupCode()));
        row.createCell(3).setCellValue(names.named(a).requesterName());
        row.createCell(4).setCellValue(a.maskedText());
        row.createCell(5).setCellValue(names.category(a.categoryCode()));
        row.createCell(6).setCellValue(names.department(a.departmentCode()));
        time(row, 7, a.createdAt(), date);
        time(row, 8, a.dueAt(), date);
        time(row, 9, a.acceptedAt(), date);
        time(row, 10, a.resolvedAt(), date);
        row.createCell(11).setCellValue(a.satisfaction() == null ? "" : a.satisfaction().label());
        row.createCell(12).setCellValue(a.overdueAt(now) ? "是" : "否");
        // 并单: every business that reported the problem, the one who wrote it first (userids).
        row.createCell(13).setCellValue(a.requesters().size());
        row.createCell(14).setCellValue(String.join("、", a.requesters()));
    }

    private static void time(Row row, int column, LocalDateTime value, CellStyle date) {
        var cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
