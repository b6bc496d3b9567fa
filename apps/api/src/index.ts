export { type AppOptions, createApp, type ParleyApp } from './app.js';
export { GraphStore, LoadedGraph } from './store/graph-store.js';
