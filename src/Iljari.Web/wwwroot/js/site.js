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

  // 입장·출석 QR: read the code with the camera. jsQR (vendored, loaded by the _QrScanner partial) decodes the frames
  // in any browser; a few times a second is enough for a code held up to the camera. Typing always works.
  var scan = document.querySelector("[data-qr-scan]");
  if (scan && typeof window.jsQR === "function" && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    var input = document.getElementById(scan.getAttribute("data-qr-scan"));
    var video = scan.querySelector("video");
    var start = scan.querySelector("button");
    var status = scan.querySelector("[role=status]");
    var canvas = document.createElement("canvas");
    var context = canvas.getContext("2d", { willReadFrequently: true });
    var read = function () {
      if (video.readyState < 2 || !video.videoWidth) return null;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      var frame = context.getImageData(0, 0, canvas.width, canvas.height);
      var code = window.jsQR(frame.data, frame.width, frame.height, { inversionAttempts: "dontInvert" });
      return code && code.data ? code.data : null;
    };
    start.hidden = false;
    var running = false;
    start.addEventListener("click", function () {
      // Not disabled: that would drop keyboard focus; a second press while the camera runs does nothing.
      if (running) return;
      running = true;
      start.setAttribute("aria-disabled", "true");
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
        video.hidden = false;
        video.srcObject = stream;
        video.play();
        status.textContent = "QR 코드를 카메라에 비춰 주세요.";
        var tick = function () {
          var text = read();
          if (text === null) {
            window.setTimeout(tick, 200);
            return;
          }
          stream.getTracks().forEach(function (t) { t.stop(); });
          video.hidden = true;
          status.textContent = "코드를 읽었습니다. 확인 중입니다.";
          input.value = text;
          input.form.requestSubmit();
        };
        tick();
      }).catch(function () {
        running = false;
        start.removeAttribute("aria-disabled");
        status.textContent = "카메라를 쓸 수 없습니다. 코드를 직접 입력해 주세요.";
      });
    });
  }
})();
