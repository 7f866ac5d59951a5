// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Print buttons are hidden until script can run them.
  document.querySelectorAll(".js-print").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Destructive buttons ask first (반려, 삭제, 지급 취소 …); without script the server's own checks still apply.
  document.addEventListener("click", function (e) {
    var button = e.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) e.preventDefault();
  });

  // 입장 확인: read the QR code with the camera where the browser can (BarcodeDetector); typing always works.
  var scan = document.querySelector("[data-qr-scan]");
  if (scan && "BarcodeDetector" in window && navigator.mediaDevices) {
    var input = document.getElementById(scan.getAttribute("data-qr-scan"));
    var video = scan.querySelector("video");
    var start = scan.querySelector("button");
    start.hidden = false;
    start.addEventListener("click", function () {
      var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
        video.hidden = false;
        video.srcObject = stream;
        video.play();
        var tick = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length > 0) {
              stream.getTracks().forEach(function (t) { t.stop(); });
              video.hidden = true;
              input.value = codes[0].rawValue;
              input.form.requestSubmit();
            } else {
              window.requestAnimationFrame(tick);
            }
          }).catch(function () { window.requestAnimationFrame(tick); });
        };
        tick();
      }).catch(function () {
        scan.querySelector("[role=status]").textContent = "카메라를 쓸 수 없습니다. 입장 코드를 입력해 주세요.";
      });
    });
  }
})();
