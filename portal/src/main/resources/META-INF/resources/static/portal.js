// Shows the emergency message as soon as an emergency red flag is ticked (the server shows it again in the result).
// exercise pictures seen once stay readable offline (sw.js)
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(function () { /* offline pictures are a convenience */ });
}

document.addEventListener('DOMContentLoaded', function () {
  var boxes = document.querySelectorAll('input[data-emergency]');
  var message = document.getElementById('emergency-warning');
  if (!boxes.length || !message) { return; }
  function update() {
    var any = Array.prototype.some.call(boxes, function (b) { return b.checked; });
    message.hidden = !any;
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  update();
});
