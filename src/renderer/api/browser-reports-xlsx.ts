// Zip archives and XLSX workbooks written in the page, for the in-browser stand-in of the report exports
// (the desktop app and the CLI write workbooks with exceljs in Node, which the page cannot bundle). A zip of
// stored (uncompressed) entries with UTF-8 names, and a workbook of plain worksheets: inline strings and
// numbers, a bold frozen header row with filters, column widths, and row or first-cell fills.

const encoder = new TextEncoder();

let crcTable: Uint32Array | null = null;

export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

/** A zip archive of `entries`, stored (no compression), names in UTF-8. */
export function zip(entries: readonly ZipEntry[], date = new Date()): Uint8Array {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, 0, true); // stored
    local.setUint16(10, time, true);
    local.setUint16(12, day, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    parts.push(new Uint8Array(local.buffer), name, data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint16(10, 0, true);
    dir.setUint16(12, time, true);
    dir.setUint16(14, day, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, data.length, true);
    dir.setUint32(24, data.length, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type XlsxCell = string | number | null;

export interface XlsxRow {
  cells: XlsxCell[];
  /** `header`: white bold on dark; `title`: bold, larger; `label`: bold. Default: plain, wrapped, top-aligned. */
  style?: 'header' | 'title' | 'label';
  /** Fill of the whole row, `#RRGGBB`. */
  fill?: string | null;
  /** Fill of the first cell only (a category's colour). */
  swatch?: string | null;
}

export interface XlsxSheet {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: XlsxRow[];
  /** Freeze the first row and put filters on it. */
  headerRow?: boolean;
}

/** Worksheet names: at most 31 characters, none of : \ / ? * [ ] (as src/node/reports/xlsx.ts makes them). */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

const xml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function column(n: number): string {
  let s = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Cell formats, made as rows ask for them: font (0 plain, 1 header, 2 title, 3 label) and fill. */
class Styles {
  private fills: string[] = [];
  private xfs: string[] = ['0|'];
  id(font: number, fill: string | null | undefined): number {
    const key = `${font}|${fill ? fill.replace('#', '').toUpperCase() : ''}`;
    let i = this.xfs.indexOf(key);
    if (i < 0) i = this.xfs.push(key) - 1;
    const colour = key.split('|')[1];
    if (colour && !this.fills.includes(colour)) this.fills.push(colour);
    return i;
  }
  xml(): string {
    const fonts = ['<font><sz val="11"/><name val="Calibri"/></font>', '<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>', '<font><b/><sz val="13"/><name val="Calibri"/></font>', '<font><b/><sz val="11"/><name val="Calibri"/></font>'];
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', ...this.fills.map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${c}"/><bgColor indexed="64"/></patternFill></fill>`)];
    const xfs = this.xfs.map((key) => {
      const [font, colour] = key.split('|');
      const fill = colour ? this.fills.indexOf(colour) + 2 : 0;
      return `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`;
    });
    return `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

const FONT = { header: 1, title: 2, label: 3 } as const;

function sheetXml(sheet: XlsxSheet, styles: Styles): string {
  const width = Math.max(1, sheet.widths.length, ...sheet.rows.map((r) => r.cells.length));
  const rows = sheet.rows.map((row, r) => {
    const font = row.style ? FONT[row.style] : 0;
    const header = row.style === 'header' ? '#37474F' : null;
    const cells = row.cells.map((value, c) => {
      const s = styles.id(font, (c === 0 && row.swatch) || row.fill || header);
      const ref = `${column(c)}${r + 1}`;
      if (value === null || value === '') return `<c r="${ref}" s="${s}"/>`;
      if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
      return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xml(String(value))}</t></is></c>`;
    });
    const height = row.style === 'header' ? ' ht="30" customHeight="1"' : '';
    return `<row r="${r + 1}"${height}>${cells.join('')}</row>`;
  });
  const frozen = sheet.headerRow ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : '';
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.round(w * 10) / 10}" customWidth="1"/>`).join('');
  const filter = sheet.headerRow ? `<autoFilter ref="A1:${column(width - 1)}1"/>` : '';
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows.join('')}</sheetData>${filter}</worksheet>`;
}

/** The workbook's bytes (an .xlsx file). Sheet names are made valid and unique. */
export function xlsxWorkbook(sheets: readonly XlsxSheet[], title = ''): Uint8Array {
  const styles = new Styles();
  const used = new Set<string>();
  const named = sheets.map((s) => {
    const base = sheetName(s.name);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 28)} ${k}`;
    used.add(name.toLowerCase());
    return { ...s, name };
  });
  const bodies = named.map((s) => sheetXml(s, styles));
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const defined = named
    .map((s, i) => (s.headerRow ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xml(quoted(s.name))}!$A$1:$${column(Math.max(1, s.widths.length) - 1)}$1</definedName>` : ''))
    .join('');
  const workbook = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${named.map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${defined ? `<definedNames>${defined}</definedNames>` : ''}</workbook>`;
  const rels = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${named.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${named.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  const types = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${named.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  const root = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
  const core = `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xml(title)}</dc:title><dc:creator>Shotline</dc:creator></cp:coreProperties>`;
  // The styles are complete only after every sheet asked for its formats.
  return zip([
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: root },
    { name: 'docProps/core.xml', data: core },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/styles.xml', data: styles.xml() },
    ...bodies.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
  ]);
}
