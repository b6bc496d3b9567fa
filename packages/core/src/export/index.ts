// Export formats (GraphML, GEXF, CSV, contract JSON) land here.
export {};
