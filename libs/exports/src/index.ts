export * from './export.types';
export { ExportInputError, exportData, exportRequest } from './export';
export { noticeKeySql, readEvents, readTenures } from './export.reader';
export { tenuresToCsv, unguardCsvField } from './csv.format';
export { PopoloDocument, noticeUrl, tenuresToPopolo } from './popolo.format';
export { tenuresToXlsx, xlsxSheetNames } from './xlsx.format';
