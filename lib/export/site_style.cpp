#include "export/site_style.h"

namespace painatlas {

// Colours are variables so the dark scheme only swaps values; every rule that sets a text colour
// on a background of its own sets both, which is what the contrast test relies on.
constexpr std::string_view kStylesheet = R"css(/* Pain Atlas pages */
:root {
  --page-bg: #ffffff;
  --text: #1a1c21;
  --muted: #4a4d55;
  --link: #1a5aa6;
  --link-visited: #6a3d9a;
  --rule: #767b85;
  --box-bg: #edf2f9;
  --head-bg: #e8ebf1;
  --serious: #8c1c1c;
  --low-bg: #dcefe1;
  --low-text: #1b5e2b;
  --intermediate-bg: #fcecc9;
  --intermediate-text: #6b4400;
  --high-bg: #f9dede;
  --high-text: #8c1c1c;
  --evidence-bg: #e3ebf7;
  --evidence-text: #1d3f73;
  --focus-bg: #ffdd00;
  --focus-text: #0b0c0c;
  --focus-ring: #0b0c0c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page-bg: #16181d;
    --text: #e8eaef;
    --muted: #b4b8c2;
    --link: #8cb8ff;
    --link-visited: #c9a7ff;
    --rule: #8a909c;
    --box-bg: #1f2733;
    --head-bg: #252a33;
    --serious: #ffb3b3;
    --low-bg: #173622;
    --low-text: #a6e3b4;
    --intermediate-bg: #3b2c0c;
    --intermediate-text: #ffd88a;
    --high-bg: #441a1a;
    --high-text: #ffb3b3;
    --evidence-bg: #1c2a44;
    --evidence-text: #b9d2ff;
    --focus-bg: #ffdd00;
    --focus-text: #0b0c0c;
    --focus-ring: #ffdd00;
  }
}
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0;
  background: var(--page-bg);
  color: var(--text);
  font-family: "DejaVu Sans", Verdana, sans-serif;
  font-size: 100%;
  line-height: 1.55;
  overflow-wrap: break-word;
}
body > header, body > main, body > footer {
  max-width: 46rem;
  margin: 0 auto;
  padding: 0 1rem;
}
body.wide > header, body.wide > main, body.wide > footer { max-width: 75rem; }
.skip-link {
  position: absolute;
  left: -100vw;
}
.skip-link:focus {
  position: static;
  display: block;
  padding: .5em 1rem;
  background: var(--focus-bg);
  color: var(--focus-text);
}
header { border-bottom: 1px solid var(--rule); }
.site-name { font-size: 1.25em; font-weight: bold; margin: .6em 0 .2em; }
nav ul { list-style: none; margin: 0 0 .7em; padding: 0; display: flex; flex-wrap: wrap; gap: .2em 1.4em; }
nav [aria-current="page"] { font-weight: bold; }
a { color: var(--link); text-decoration: underline; text-underline-offset: .15em; }
a:visited { color: var(--link-visited); }
a:hover { text-decoration-thickness: .18em; }
a:focus-visible, .table-scroll:focus-visible {
  outline: 3px solid var(--focus-ring);
  outline-offset: 2px;
  background: var(--focus-bg);
  color: var(--focus-text);
  text-decoration: none;
}
h1 { font-size: 1.85em; line-height: 1.25; margin: .9em 0 .3em; }
h2 { font-size: 1.35em; line-height: 1.3; margin: 1.7em 0 .4em; padding-bottom: .15em; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1em; margin: 1.2em 0 .3em; }
h4 { font-size: 1em; margin: 1em 0 .2em; }
p { margin: .6em 0; }
ul, ol { padding-left: 1.6em; }
li { margin: .25em 0; }
.meta, .note, .item-note { color: var(--muted); }
.label { font-weight: bold; }
.item-note { display: block; font-size: .95em; }
.disclaimer {
  background: var(--box-bg);
  color: var(--text);
  border-left: .35em solid var(--link);
  padding: .6em 1em;
}
.other-register { font-size: 1.05em; }
.facts { list-style: none; padding-left: 0; }
.badge {
  display: inline-block;
  padding: .1em .6em;
  border: 1px solid currentColor;
  border-radius: .3em;
  font-weight: bold;
}
.bleeding-low { background: var(--low-bg); color: var(--low-text); }
.bleeding-intermediate { background: var(--intermediate-bg); color: var(--intermediate-text); }
.bleeding-high { background: var(--high-bg); color: var(--high-text); }
.evidence { background: var(--evidence-bg); color: var(--evidence-text); }
.serious { font-weight: bold; color: var(--serious); }
.table-scroll { overflow-x: auto; margin: .5em 0 1em; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .3em 0; }
th, td { border: 1px solid var(--rule); padding: .35em .5em; text-align: left; vertical-align: top; }
thead th { background: var(--head-bg); color: var(--text); }
.references li { overflow-wrap: anywhere; }
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
}
footer { border-top: 1px solid var(--rule); margin-top: 2.5em; padding-top: .5em; padding-bottom: 2em; font-size: .95em; }
@media (forced-colors: active) {
  .badge { border-color: CanvasText; }
}
@media print {
  body { background: #ffffff; color: #000000; font-size: 11pt; }
  body > header, body > main, body > footer { max-width: none; padding: 0; }
  nav, .skip-link, .other-register { display: none; }
  a, a:visited { color: #000000; }
  main a[href*="://"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  .table-scroll { overflow: visible; }
}
)css";

std::string_view site_stylesheet() { return kStylesheet; }

}  // namespace painatlas
