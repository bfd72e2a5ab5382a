// Citation markers: clicking one shows (or hides) the supporting sentence.
document.addEventListener("click", function (ev) {
  var btn = ev.target.closest("button.cite");
  if (!btn) return;
  var item = document.getElementById(btn.getAttribute("aria-controls"));
  if (!item) return;
  var open = btn.getAttribute("aria-expanded") === "true";
  btn.setAttribute("aria-expanded", open ? "false" : "true");
  item.hidden = open;
  var box = item.parentElement;
  box.hidden = !box.querySelector(".evidence-item:not([hidden])");
});
