/** The formats `parley export` writes. */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
