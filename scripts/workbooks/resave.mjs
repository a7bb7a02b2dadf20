// Opens an .xlsx workbook with exceljs and saves it again as exceljs writes it: node resave.mjs <in.xlsx> <out.xlsx>
import ExcelJS from 'exceljs';

const [, , source, destination] = process.argv;
if (!source || !destination) {
  console.error('usage: node resave.mjs <in.xlsx> <out.xlsx>');
  process.exit(2);
}

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(source);
await workbook.xlsx.writeFile(destination);
