// Prints every non-empty cell of an .xlsx workbook as exceljs reads it, as JSON:
// {"sheets":[{"name":"…","cells":[{"ref":"A1","type":"string|number|date|boolean","value":…}]}]}
// Dates are written "yyyy-mm-ddThh:mm:ss" (exceljs reads them as UTC). Used by the tests of the product's workbooks.
import ExcelJS from 'exceljs';

const [, , path] = process.argv;
if (!path) {
  console.error('usage: node dump-cells.mjs <workbook.xlsx>');
  process.exit(2);
}

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(path);

function read(value) {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { type: 'date', value: value.toISOString().slice(0, 19) };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'string') return value === '' ? null : { type: 'string', value };
  if (value.richText) return read(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return read(value.result);
  if (value.text !== undefined) return read(value.text);
  if (value.error) return { type: 'error', value: value.error };
  return { type: 'unknown', value: JSON.stringify(value) };
}

const sheets = [];
workbook.eachSheet((worksheet) => {
  const cells = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // A merged range repeats its first cell's value in exceljs; the file stores it once.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const read_ = read(cell.value);
      if (read_) cells.push({ ref: cell.address, ...read_ });
    });
  });
  sheets.push({ name: worksheet.name, cells });
});

process.stdout.write(JSON.stringify({ sheets }));
