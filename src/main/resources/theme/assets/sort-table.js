// Sortable tables: each header of a table.sortable with data-sort="number", "text" or "date" becomes a
// button that sorts the rows by that column (numbers and dates largest first, text A to Z; again to
// reverse). Runs from file:// as well as from a server: nothing is fetched. Without script the table keeps
// the order it was published in.
(function () {
  "use strict";
  function key(cell, kind) {
    var text = cell ? cell.textContent.trim() : "";
    if (kind === "number") { return text === "" ? -Infinity : Number(text); }
    return text;
  }
  function sort(table, th, index, kind) {
    var first = kind === "text" ? "ascending" : "descending";
    var order = th.getAttribute("aria-sort") === first ? (first === "ascending" ? "descending" : "ascending") : first;
    var descending = order === "descending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.dataset.order = row.dataset.order || String(i); });
    rows.sort(function (a, b) {
      var x = key(a.cells[index], kind), y = key(b.cells[index], kind);
      if (kind !== "number" && (x === "" || y === "")) {
        return x === y ? Number(a.dataset.order) - Number(b.dataset.order) : x === "" ? 1 : -1; // empty cells last
      }
      var c = kind === "number" ? x - y : x.localeCompare(y);
      if (descending) { c = -c; }
      return c !== 0 ? c : Number(a.dataset.order) - Number(b.dataset.order);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", order);
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var kind = th.dataset.sort;
      if (!kind) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () { sort(table, th, index, kind); });
    });
  });
})();
