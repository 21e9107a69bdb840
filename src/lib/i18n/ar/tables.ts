/**
 * Arabic strings for the data tables and downloads under the map
 * (src/lib/i18n/tables.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../tables';
import { isolate } from '../format';

export const tableText: typeof en.tableText = {
	// The data tables under the explore map, loaded after the map (see TablesIsland).
	tableTitle: (year) => `جدول البيانات، ${year}`,
	tableCountry: 'البلد',
	tableMission: 'العملية',
	missionTableTitle: (year) => `عمليات حفظ السلام القائمة في عام ${year}`,
	tableStatus: 'الصفة في منظمة التعاون الإسلامي',
	tablePersonnel: 'الأفراد النظاميون',
	tableHosting: 'العمليات المستضافة',
	tableScope: 'إظهار',
	tableScopeOic: 'الدول الأعضاء والمراقبة في منظمة التعاون الإسلامي',
	tableScopeAll: 'جميع البلدان المساهمة والمضيفة',
	/** `asOf`: the month of the figures, already written out (t.monthYear). */
	tableCaption: (n, asOf, source) =>
		`عدد البلدان: ${n}. ${asOf ? `أرقام الأفراد حتى ${asOf}` : 'لا أرقام للأفراد قبل عام 1990'}${source ? `؛ المصدر: ${isolate(source)}` : ''}. اختر بلدًا لفتح لوحته.`,
	downloadCsv: 'تنزيل ملف CSV',
	downloadGeoJson: 'تنزيل ملف GeoJSON',
	downloadOperationsLabel: 'عمليات الهيئات الأخرى'
};
