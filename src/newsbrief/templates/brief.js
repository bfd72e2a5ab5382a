// Citation chips: clicking one (mouse, touch, Enter or Space) shows or hides its evidence box.
document.addEventListener("click", function (ev) {
  var btn = ev.target.closest("button.cite");
  if (btn) {
    var box = document.getElementById(btn.getAttribute("aria-controls"));
    if (!box) return;
    var open = btn.getAttribute("aria-expanded") === "true";
    btn.setAttribute("aria-expanded", open ? "false" : "true");
    box.hidden = open;
    return;
  }
  // "Jump to source": open the collapsed list holding the entry, then let the link scroll to it.
  var link = ev.target.closest('a[href^="#article-"]');
  if (link) {
    var target = document.getElementById(link.getAttribute("href").slice(1));
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") el.open = true;
    }
  }
});
// Escape closes the evidence box around the focus and returns focus to its chip.
document.addEventListener("keydown", function (ev) {
  if (ev.key !== "Escape") return;
  var box = ev.target.closest && ev.target.closest(".evidence");
  var btn = box ? document.querySelector('button.cite[aria-controls="' + box.id + '"]') : null;
  if (btn && btn.getAttribute("aria-expanded") === "true") {
    btn.click();
    btn.focus();
  }
});
// The brief form: on submit, disable the button and show progress (the page stays until the answer arrives).
document.addEventListener("submit", function (ev) {
  var form = ev.target;
  if (!form.matches("form.brief-form")) return;
  var btn = form.querySelector("button[type=submit]");
  var status = form.querySelector(".progress");
  if (btn.disabled) { ev.preventDefault(); return; }
  btn.disabled = true;
  form.setAttribute("aria-busy", "true");
  if (status) {
    var started = Date.now();
    status.hidden = false;
    var text = status.querySelector(".progress-text");
    var base = text.textContent;
    setInterval(function () {
      text.textContent = base + " " + Math.round((Date.now() - started) / 1000) + " s";
    }, 1000);
  }
});
// A page restored from the back/forward cache gets its form back.
window.addEventListener("pageshow", function () {
  document.querySelectorAll("form.brief-form").forEach(function (form) {
    form.removeAttribute("aria-busy");
    var btn = form.querySelector("button[type=submit]");
    if (btn) btn.disabled = false;
    var status = form.querySelector(".progress");
    if (status) status.hidden = true;
  });
});
