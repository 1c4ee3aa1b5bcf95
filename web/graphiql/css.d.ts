// Side-effect CSS imports are handled by esbuild, not tsc.
declare module '*.css';
