/** Vite answers an import ending in `?url` with the URL of the file in the build. */
declare module '*?url' {
  const url: string;
  export default url;
}
