package edu.university.governance.records;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook (.xlsx) as rows of text, in the shape of {@link CsvTable}: each row with its
 * row number in Excel as its line, so that refusals name the row staff see. Cells read as Excel shows them, except
 * that whole numbers in the General format keep every digit (a 学号 typed as a number is not "2.02301E+11"); empty
 * rows are skipped, and trailing empty cells dropped. Read as a stream of the sheet's XML, so a large file is not
 * held as a workbook.
 */
public final class SpreadsheetTable {

  private SpreadsheetTable() {
  }

  public static List<CsvTable.Row> parse(byte[] bytes) {
    List<CsvTable.Row> rows = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return rows;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows), new WholeNumbers(),
            false));
        xml.parse(new InputSource(sheet));
      }
    } catch (RecordException e) {
      throw e;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (Exception | LinkageError e) {
      throw RecordException.invalid("xlsx", null, "无法读取 Excel 文件（.xlsx）：" + reason(e) + "；未写入任何记录");
    }
    return rows;
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "文件已损坏或不是 .xlsx 格式"
        : "文件已损坏或不是 .xlsx 格式（" + (message.length() > 120 ? message.substring(0, 120) + "…" : message) + "）";
  }

  /**
   * Excel's own display, but a whole number in the General format with all its digits, and a date cell (what Excel
   * makes of 2025/9/1 typed into a cell, in whatever date format the sheet shows) as an ISO date, 2025-09-01.
   */
  private static final class WholeNumbers extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if ((formatIndex == 0 || "General".equalsIgnoreCase(formatString)) && value == Math.rint(value)
          && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
        return BigDecimal.valueOf(value).toBigInteger().toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }

  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final List<CsvTable.Row> rows;
    private final List<String> fields = new ArrayList<>();
    private int line;

    Collector(List<CsvTable.Row> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      line = rowNum + 1;
      fields.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? fields.size() : new CellReference(reference).getCol();
      while (fields.size() < column) {
        fields.add("");
      }
      if (fields.size() == column) {
        fields.add(value == null ? "" : value);
      } else {
        fields.set(column, value == null ? "" : value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      int end = fields.size();
      while (end > 0 && fields.get(end - 1).isBlank()) {
        end--;
      }
      if (end > 0) {
        rows.add(new CsvTable.Row(line, List.copyOf(fields.subList(0, end))));
      }
    }
  }
}
