/** The app's logo, decorative: the symbol index.html carries (build/app-shell-plugin.ts). */
export function AppLogo() {
  return (
    <svg className="site-logo" aria-hidden="true" focusable="false" width="28" height="28">
      <use href="#app-logo" />
    </svg>
  );
}
