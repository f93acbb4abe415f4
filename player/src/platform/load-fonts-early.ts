/**
 * Asks for the three weights of the screen font at once. A slide is shown only once the fonts
 * are ready (it measures its text); left alone, the browser would fetch each weight only when
 * a slide first lays it out, after storage opened and the slide was drawn.
 */
export function loadFontsEarly(): void {
  for (const weight of [400, 600, 700]) {
    // Latin and Vietnamese letters, so that each subset the slides use is fetched.
    void document.fonts
      .load(`${weight} 1em "Be Vietnam Pro"`, 'Bảng tin Việt Đđ Ơơ Ưư')
      .catch(() => undefined);
  }
}
