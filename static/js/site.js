/* Small progressive enhancements; every page works without this file. */
(function () {
  "use strict";

  // Then-and-now: turn the side-by-side pair into a comparison slider.
  document.querySelectorAll("[data-then-now]").forEach(function (figure) {
    var labels = figure.querySelectorAll(".then-now__label");
    var range = document.createElement("input");
    range.type = "range";
    range.min = "0";
    range.max = "100";
    range.value = "50";
    range.className = "then-now__range";
    range.setAttribute(
      "aria-label",
      (labels[0] ? labels[0].textContent : "") + " / " + (labels[1] ? labels[1].textContent : "")
    );
    range.addEventListener("input", function () {
      figure.style.setProperty("--split", range.value + "%");
    });
    figure.classList.add("is-slider");
    figure.querySelector(".then-now__pair").after(range);
  });

  // Maps: with a tile provider configured and Leaflet collected, draw an interactive map.
  // Tianditu serves CGCS2000, which matches WGS-84 at map scale, so no coordinate shift.
  function tianditu(layer) {
    return "https://t{s}.tianditu.gov.cn/" + layer + "_w/wmts?SERVICE=WMTS&REQUEST=GetTile" +
      "&VERSION=1.0.0&LAYER=" + layer + "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles" +
      "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}";
  }
  var tiles = {
    osm: [{
      url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      options: { attribution: "© OpenStreetMap contributors" }
    }],
    tianditu: [
      { url: tianditu("vec"), options: { subdomains: "01234567", attribution: "© 天地图" } },
      { url: tianditu("cva"), options: { subdomains: "01234567" } }
    ]
  };
  document.querySelectorAll("[data-map][data-tiles]").forEach(function (figure) {
    if (!window.L) return;
    var provider = tiles[figure.dataset.tiles];
    if (!provider) return;
    var points = JSON.parse(figure.dataset.points || "[]");
    var canvas = figure.querySelector(".map__canvas");
    canvas.classList.add("map__tiles");
    canvas.innerHTML = "";
    var map = window.L.map(canvas);
    provider.forEach(function (layer) {
      var options = Object.assign({ key: figure.dataset.tilesKey || "" }, layer.options);
      window.L.tileLayer(layer.url, options).addTo(map);
    });
    var bounds = [];
    points.forEach(function (p) {
      window.L.marker([p.lat, p.lon]).addTo(map).bindTooltip(p.label, { permanent: true });
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 12 });
  });
})();
