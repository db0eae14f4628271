"""The inline CSS and JavaScript of the HTML report, and the category look.

Every category gets a colour (Okabe-Ito palette, safe for common colour
blindness) plus two cues that survive without colour: an underline style and
an icon. The script only opens tooltips on click/Enter, closes them on Escape,
opens the sentence a link points at (#S3), and records that it ran (the
browser test reads that marker).
"""

from __future__ import annotations

import base64
import hashlib

from summarizer.schema import Category

# category -> (css class, icon, underline style, short name, description)
CATEGORY_LOOK: dict[Category, tuple[str, str, str, str, str]] = {
    Category.REPORTED_FACT: (
        "fact", "■", "solid", "Reported fact",
        "checkable statement in the author's voice: who, what, when, numbers",
    ),
    Category.ATTRIBUTED_STATEMENT: (
        "said", "❝", "double", "Attributed statement",
        "what an identified source said, wrote or reported",
    ),
    Category.OPINION: (
        "opinion", "◆", "dotted", "Opinion",
        "evaluation, interpretation, prediction, rhetorical question",
    ),
    Category.UNSUPPORTED_ALLEGATION: (
        "alleged", "⚠", "wavy", "Unsupported allegation",
        "accusation with no verifiable source: anonymous or none",
    ),
}

CSS = """
:root{--fact:#0072B2;--said:#009E73;--opinion:#B35900;--alleged:#C0392B;--ink:#1d232a;
--muted:#5b6470;--line:#d8dde3;--paper:#fff;--bg:#f4f6f8}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:16px/1.6 "DejaVu Sans","Liberation Sans",system-ui,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px 28px 64px;overflow-wrap:break-word}
h1{font-size:1.5rem;line-height:1.3;margin:.2em 0 .3em}
h2{font-size:1.2rem;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}
.card>h2:first-child,.card>h3:first-child{margin-top:.3em}
h3{font-size:1.05rem;margin:1.2em 0 .4em}
.meta{color:var(--muted);font-size:.9rem;margin:.2em 0}
.card{background:var(--paper);border:1px solid var(--line);border-radius:8px;
padding:14px 20px;margin:12px 0}
.summary li{margin:.35em 0}
.badge{display:inline-block;font-size:.75rem;font-weight:700;border-radius:4px;
padding:0 .45em;margin-right:.4em;border:1px solid currentColor;white-space:nowrap}
.conf-high{color:#0b6e3a}.conf-medium{color:#1f5f99}.conf-low{color:#8a5a00}
.conf-unsupported{color:#b02a1e}.conf-not_applicable{color:var(--muted)}
.legend{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(300px,100%),1fr));
gap:10px 22px;
list-style:none;padding:0;margin:0}
.legend li{display:flex;flex-direction:column}
.legend .s,.legend .loaded{align-self:flex-start;white-space:nowrap;font-weight:600}
.legend small{color:var(--muted)}
.s{position:relative;cursor:help;border-radius:3px;padding:1px 2px;
text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:4px}
.s:focus{outline:3px solid #1d232a;outline-offset:2px}
.ic{font-size:.9em;margin-right:.2em;text-decoration:none;display:inline-block}
.fact{background:#e6f1f8;text-decoration-color:var(--fact);text-decoration-style:solid}
.said{background:#e3f4ee;text-decoration-color:var(--said);text-decoration-style:double}
.opinion{background:#fcefe0;text-decoration-color:var(--opinion);text-decoration-style:dotted}
.alleged{background:#fbe4e1;text-decoration-color:var(--alleged);text-decoration-style:wavy}
.fact .ic{color:var(--fact)}.said .ic{color:var(--said)}
.opinion .ic{color:var(--opinion)}.alleged .ic{color:var(--alleged)}
.loaded{background:none;font-style:italic;font-weight:600;color:#5b2a86}
.tip{display:none;position:absolute;left:0;top:100%;z-index:10;margin-top:6px;width:min(420px,80vw);
background:#1d232a;color:#fff;font-size:.85rem;line-height:1.45;font-style:normal;
padding:10px 12px;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25);
text-decoration:none;white-space:normal}
.tip b{color:#fff}.tip .r{display:block;margin-top:2px}
.s:hover>.tip,.s:focus>.tip,.s[aria-expanded="true"]>.tip{display:block}
.article p{margin:0 0 .9em}
table{border-collapse:collapse;width:100%;font-size:.9rem;background:var(--paper)}
th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
thead th{background:#eef1f4}
th[scope=row]{font-weight:400}
table.matrix{table-layout:fixed}table.matrix thead th:first-child{width:52%}
td.cell{overflow-wrap:break-word;hyphens:auto}
td.none{color:var(--muted);text-align:center}
.corr{color:#0b6e3a;font-weight:700}
a{color:#1f5f99}
.sides td{width:50%}
@media (max-width:600px){
main{padding:12px 10px 40px}.card{padding:10px 12px}
.legend .s,.legend .loaded{white-space:normal}
table.matrix,table.sides,table.matrix tbody,table.sides tbody,table.matrix tr,table.sides tr,
table.matrix th,table.matrix td,table.sides td{display:block;width:auto}
table.matrix thead,table.sides thead{display:none}
table.matrix tr{border:1px solid var(--line);margin:0 0 10px}
table.matrix th,table.matrix td,table.sides td{border:0;border-top:1px solid var(--line)}
table.matrix th[scope=row]{border-top:0;background:#eef1f4}
td[data-label]::before{content:attr(data-label) " ";font-weight:700;color:var(--muted)}
td.none{text-align:left}
.sides td{width:auto}
}
"""

JS = """
(function(){
  var items=document.querySelectorAll('.s[aria-expanded]');
  function closeAll(except){items.forEach(function(el){
    if(el!==except){el.setAttribute('aria-expanded','false');}});}
  items.forEach(function(el){
    el.addEventListener('click',function(){
      var open=el.getAttribute('aria-expanded')==='true';
      closeAll(el);el.setAttribute('aria-expanded',open?'false':'true');});
    el.addEventListener('keydown',function(ev){
      if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();el.click();}
      else if(ev.key==='Escape'){el.setAttribute('aria-expanded','false');el.blur();}});
  });
  document.addEventListener('keydown',function(ev){if(ev.key==='Escape'){closeAll(null);}});
  function openFromHash(){
    var id=decodeURIComponent(location.hash.slice(1));
    var el=id?document.getElementById(id):null;
    if(el&&el.hasAttribute('aria-expanded')){closeAll(el);el.setAttribute('aria-expanded','true');}
  }
  window.addEventListener('hashchange',openFromHash);openFromHash();
  document.documentElement.setAttribute('data-report-ready',String(items.length));
})();
"""

# Runs first: any later script error is written into the DOM, where a test can see it.
ERROR_TRAP = (
    "window.addEventListener('error',function(e){var d=document.documentElement;"
    "d.setAttribute('data-script-errors',(d.getAttribute('data-script-errors')||'')"
    "+String(e.message)+';');});"
)


def script_hash(script: str) -> str:
    """The CSP source for an inline script: only our own scripts may run."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy() -> str:
    """No network at all; inline style; only the two scripts we wrote."""
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script_hash(ERROR_TRAP)} {script_hash(JS)}; base-uri 'none'; "
        "form-action 'none'"
    )
