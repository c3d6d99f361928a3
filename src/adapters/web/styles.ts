import { createHash } from 'node:crypto';

/**
 * The pages' only stylesheet, inline so a page is one request. The Content-Security-Policy allows
 * exactly this text by its hash: no inline script or other inline style can run.
 * Colours keep at least 4.5:1 against their background (WCAG AA); focus is always visible.
 */
export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;top:1rem;z-index:1}
header.site,footer.site{background:#f2f4f7;border-bottom:1px solid #c9ced6;padding:.75rem 1rem}
footer.site{border-top:1px solid #c9ced6;border-bottom:0;margin-top:3rem;font-size:.95rem}
.site-inner,main{max-width:46rem;margin:0 auto}
header.site .site-inner{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem}
header.site p{margin:0;font-weight:600}
main{padding:1rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
a{color:#0b4f8a;text-decoration:underline}
a:hover{color:#062f52}
:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 6px #ffd54f}
.meta{color:#3d4451;margin:0}
.deadline{font-size:1.2rem;font-weight:700;margin:1rem 0}
.letter{border-left:4px solid #c9ced6;padding-left:1rem}
.notice{border:2px solid #0b4f8a;background:#eef4fb;padding:.75rem 1rem;margin:1rem 0}
.notice.success{border-color:#1e6b34;background:#edf7ef}
.notice.warning{border-color:#8a5a00;background:#fff6e0}
.error-summary{border:3px solid #b00020;padding:.75rem 1rem;margin:1rem 0}
.error-summary h2{margin-top:0;color:#b00020}
.error-message{color:#b00020;font-weight:600;margin:.25rem 0}
fieldset{border:1px solid #c9ced6;margin:1rem 0;padding:.75rem 1rem}
fieldset fieldset{border-style:dashed}
legend{font-weight:700;padding:0 .25rem}
label{display:block;margin-top:.75rem;font-weight:600}
.hint{color:#3d4451;margin:.1rem 0 .25rem;font-size:.95rem}
input[type=text],input[type=email],input[type=tel]{display:block;width:100%;max-width:30rem;font:inherit;padding:.45rem .5rem;border:2px solid #5a6270;border-radius:3px;background:#fff;color:#1b1b1b}
input[aria-invalid=true]{border-color:#b00020;border-width:3px}
button{font:inherit;font-weight:700;margin-top:1.5rem;padding:.6rem 1.25rem;border:2px solid #0b4f8a;border-radius:4px;background:#0b4f8a;color:#fff;cursor:pointer}
button:hover{background:#062f52}
dl.person{margin:.25rem 0 .75rem;display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}
dl.person dt{font-weight:600}
dl.person dd{margin:0;overflow-wrap:anywhere}
@media (max-width:30rem){h1{font-size:1.45rem}dl.person{grid-template-columns:1fr}dl.person dd{margin-bottom:.25rem}}
`.trim();

const STYLE_HASH = createHash('sha256').update(STYLESHEET).digest('base64');

/** Response links carry a bearer token in the URL: no referrer, no caching, no framing. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    `style-src 'sha256-${STYLE_HASH}'`,
    "img-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
