export * from './export.types';
export { ExportInputError, exportData, exportRequest } from './export';
export { noticeKeySql, readEvents, readTenures } from './export.reader';
export { tenuresToCsv } from './csv.format';
export { PopoloDocument, tenuresToPopolo } from './popolo.format';
