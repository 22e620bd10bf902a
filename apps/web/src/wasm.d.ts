// Vite alias (see vite.config.mts) to the zxing reader wasm that barcode-detector depends on.
declare module '@zxing-reader-wasm?url' {
  const url: string;
  export default url;
}
