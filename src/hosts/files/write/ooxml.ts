/** The OOXML vocabulary and Excel's limits every writer of .xlsx parts uses (new workbooks and marked copies). */
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_WORKSHEET = `${NS_REL}/worksheet`;
export const REL_COMMENTS = `${NS_REL}/comments`;
export const REL_VML = `${NS_REL}/vmlDrawing`;
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
export const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's limit on characters in a cell. */
export const MAX_CELL_TEXT = 32767;
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
/** Excel's sheet size. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const NOTE_AUTHOR = '审核助手';
/** Deflate level: 3 is about twice as fast as 6 with fflate, for files about 2% larger. */
export const ZIP_LEVEL = 3 as const;
